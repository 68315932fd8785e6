package vn.thidua.result.excel;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.WorkbookUtil;

/**
 * A table as an XLSX sheet: title lines, a header row (frozen) and the rows (read as they are written, so a long
 * table can be produced page by page). A String is text; a Long or Integer
 * a whole number shown {@code #,##0}; a BigDecimal a decimal (percentages) shown {@code 0.00}; a {@link Formatted}
 * a number shown with its own format; null an empty cell.
 */
public final class XlsxTable {

    private XlsxTable() {
    }

    /**
     * A number shown with an Excel number format of its own, e.g. an amount in billions {@code #,##0.0#} (Vietnamese
     * Excel shows 106,9 and 220,34): still a number to compute with, unlike text.
     */
    public record Formatted(BigDecimal value, String format) {
    }

    /** One sheet of a workbook: its name, title lines, header row and rows. */
    public record Sheet(String name, List<String> title, List<String> headers, Iterable<? extends List<Object>> rows) {
    }

    public static byte[] write(String sheetName, List<String> title, List<String> headers,
                               Iterable<? extends List<Object>> rows) {
        return write(List.of(new Sheet(sheetName, title, headers, rows)));
    }

    /** A workbook of several sheets, each laid out as {@link #write(String, List, List, Iterable)} lays out one. */
    public static byte[] write(List<Sheet> sheets) {
        return Workbooks.write(workbook -> {
            Workbooks.Styles styles = Workbooks.Styles.of(workbook);
            Map<String, CellStyle> formats = new HashMap<>();
            for (Sheet content : sheets) {
                fill(workbook.createSheet(WorkbookUtil.createSafeSheetName(content.name())), content, styles,
                        format -> formats.computeIfAbsent(format, f -> {
                            CellStyle style = workbook.createCellStyle();
                            style.setDataFormat(workbook.createDataFormat().getFormat(f));
                            return style;
                        }));
            }
        });
    }

    private static void fill(org.apache.poi.ss.usermodel.Sheet sheet, Sheet content, Workbooks.Styles styles,
                             Function<String, CellStyle> formats) {
        List<String> headers = content.headers();
        int index = 0;
        for (String line : content.title()) {
            Workbooks.line(sheet, index, line, index == 0 ? styles.title() : styles.text(), headers.size());
            index++;
        }
        Row header = sheet.createRow(index++);
        for (int c = 0; c < headers.size(); c++) {
            Cell cell = header.createCell(c);
            cell.setCellValue(headers.get(c));
            cell.setCellStyle(styles.header());
        }
        sheet.createFreezePane(1, index);
        for (List<Object> values : content.rows()) {
            Row row = sheet.createRow(index++);
            for (int c = 0; c < values.size(); c++) {
                cell(row, c, values.get(c), styles, formats);
            }
        }
        sheet.setColumnWidth(0, 40 * 256);
        for (int c = 1; c < headers.size(); c++) {
            sheet.setColumnWidth(c, 18 * 256);
        }
    }

    private static void cell(Row row, int column, Object value, Workbooks.Styles styles,
                             Function<String, CellStyle> formats) {
        if (value == null || value instanceof Formatted empty && empty.value() == null) {
            return;
        }
        Cell cell = row.createCell(column);
        if (value instanceof Formatted formatted) {
            cell.setCellValue(formatted.value().doubleValue());
            cell.setCellStyle(formats.apply(formatted.format()));
        } else if (value instanceof BigDecimal decimal) {
            cell.setCellValue(decimal.doubleValue());
            cell.setCellStyle(styles.decimal());
        } else if (value instanceof Long || value instanceof Integer) {
            cell.setCellValue(((Number) value).doubleValue());
            cell.setCellStyle(styles.integer());
        } else {
            cell.setCellValue(value.toString());
            cell.setCellStyle(styles.text());
        }
    }
}
