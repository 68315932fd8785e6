package vn.thidua.result.excel;

import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import vn.thidua.movement.IndicatorKind;
import vn.thidua.platform.i18n.Messages;
import vn.thidua.result.ReportSheet;
import vn.thidua.result.ValueInput;

/**
 * Writes the Excel template of a unit's result reports: a title and a hint, a header, then one row per child unit
 * with its current values, ready to be filled in. Two hidden rows carry what the upload needs: the movement, unit
 * and period the file is for, and the code of each column (units are named by their code in column A, grey like
 * every cell that is not filled in). Yes/no cells offer Có/Không (Yes/No in English); amounts take numbers ≥ 0.
 */
public final class TemplateWriter {

    static final String TEMPLATE_MARK = "#thidua-template";
    static final String UNIT_MARK = "#unit";
    static final int FIRST_INDICATOR = 3;
    private static final int HEADER_ROW = 3;
    private static final int FIRST_DATA_ROW = 5;

    private TemplateWriter() {
    }

    /** A file name such as mau-TET_VI_NGUOI_NGHEO-22-2026.xlsx. */
    public static String fileName(ReportSheet sheet) {
        return "mau-" + sheet.movementCode() + "-" + sheet.unitCode() + "-" + sheet.periodCode() + ".xlsx";
    }

    public static byte[] write(ReportSheet sheet, Locale locale) {
        return Workbooks.write(workbook -> fill(workbook, sheet, locale));
    }

    private static void fill(SXSSFWorkbook workbook, ReportSheet report, Locale locale) {
        Workbooks.Styles styles = Workbooks.Styles.of(workbook);
        Sheet sheet = workbook.createSheet(Messages.format(locale, "excel.template.sheet"));
        List<ReportSheet.Column> columns = report.columns();
        int width = FIRST_INDICATOR + columns.size();
        Workbooks.line(sheet, 0, Messages.format(locale, "excel.template.title", report.movementName(),
                report.unitName(), report.periodCode()), styles.title(), width);
        Workbooks.line(sheet, 1, Messages.format(locale, "excel.template.help", yes(locale), no(locale)),
                styles.text(), width);
        Row meta = sheet.createRow(2);
        meta.setZeroHeight(true);
        String[] about = {TEMPLATE_MARK, report.movementCode(), report.unitCode(), report.periodCode()};
        for (int c = 0; c < about.length; c++) {
            meta.createCell(c).setCellValue(about[c]);
        }
        Row header = sheet.createRow(HEADER_ROW);
        Row codes = sheet.createRow(HEADER_ROW + 1);
        codes.setZeroHeight(true);
        String[] fixed = {"excel.template.unitCode", "excel.template.unitName", "excel.template.status"};
        String[] fixedCodes = {UNIT_MARK, "#name", "#status"};
        for (int c = 0; c < fixed.length; c++) {
            text(header, c, Messages.format(locale, fixed[c]), styles.header());
            codes.createCell(c).setCellValue(fixedCodes[c]);
        }
        for (int c = 0; c < columns.size(); c++) {
            text(header, FIRST_INDICATOR + c, heading(columns.get(c), locale), styles.header());
            codes.createCell(FIRST_INDICATOR + c).setCellValue(columns.get(c).indicator().code());
        }
        int rowIndex = FIRST_DATA_ROW;
        for (ReportSheet.Line line : report.lines()) {
            Row row = sheet.createRow(rowIndex++);
            text(row, 0, line.unitCode(), styles.marked());
            text(row, 1, line.unitName(), styles.marked());
            text(row, 2, Messages.format(locale, "excel.status." + (line.status() == null ? "NONE"
                    : line.status().name())), styles.marked());
            for (int c = 0; c < columns.size(); c++) {
                ReportSheet.Column column = columns.get(c);
                boolean open = line.editable() && line.enters(column);
                value(row.createCell(FIRST_INDICATOR + c), column.indicator().kind(),
                        line.value(column.indicator().code()), open, styles, locale);
            }
        }
        validate(sheet, columns, rowIndex - 1, locale);
        sheet.createFreezePane(2, FIRST_DATA_ROW);
        sheet.setColumnWidth(0, 12 * 256);
        sheet.setColumnWidth(1, 32 * 256);
        sheet.setColumnWidth(2, 16 * 256);
        for (int c = 0; c < columns.size(); c++) {
            sheet.setColumnWidth(FIRST_INDICATOR + c, 20 * 256);
        }
    }

    /** A value cell, white when it is to be filled in ({@code open}), grey otherwise. */
    private static void value(Cell cell, IndicatorKind kind, ValueInput value, boolean open, Workbooks.Styles styles,
                              Locale locale) {
        boolean amount = kind.isSum();
        cell.setCellStyle(open ? (amount ? styles.integer() : styles.text())
                : amount ? styles.markedInteger() : styles.marked());
        if (value.amount() != null) {
            cell.setCellValue(value.amount());
        } else if (value.flag() != null) {
            cell.setCellValue(value.flag() ? yes(locale) : no(locale));
        } else if (value.text() != null) {
            cell.setCellValue(value.text());
        }
    }

    private static void validate(Sheet sheet, List<ReportSheet.Column> columns, int lastRow, Locale locale) {
        if (lastRow < FIRST_DATA_ROW) {
            return;
        }
        DataValidationHelper helper = sheet.getDataValidationHelper();
        for (int c = 0; c < columns.size(); c++) {
            IndicatorKind kind = columns.get(c).indicator().kind();
            DataValidationConstraint constraint = kind == IndicatorKind.YES_NO
                    ? helper.createExplicitListConstraint(new String[] {yes(locale), no(locale)})
                    : kind.isSum() ? helper.createDecimalConstraint(DataValidationConstraint.OperatorType
                    .GREATER_OR_EQUAL, "0", null) : null;
            if (constraint == null) {
                continue;
            }
            int column = FIRST_INDICATOR + c;
            DataValidation validation = helper.createValidation(constraint,
                    new CellRangeAddressList(FIRST_DATA_ROW, lastRow, column, column));
            validation.setShowErrorBox(true);
            validation.createErrorBox(Messages.format(locale, "excel.template.invalidTitle"),
                    Messages.format(locale, kind == IndicatorKind.YES_NO ? "excel.template.invalidYesNo"
                            : "excel.template.invalidAmount", yes(locale), no(locale)));
            sheet.addValidationData(validation);
        }
    }

    private static String heading(ReportSheet.Column column, Locale locale) {
        String name = column.indicator().name(locale);
        String unit = column.indicator().kind() == IndicatorKind.YES_NO ? yes(locale) + "/" + no(locale)
                : column.indicator().unitOfMeasure();
        return unit == null || unit.isBlank() ? name : name + " (" + unit + ")";
    }

    private static void text(Row row, int column, String text, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(text);
        cell.setCellStyle(style);
    }

    static String yes(Locale locale) {
        return Messages.format(locale, "common.yes");
    }

    static String no(Locale locale) {
        return Messages.format(locale, "common.no");
    }
}
