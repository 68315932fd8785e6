package vn.thidua.result.excel;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * What the workbooks of this package share: streaming writing (SXSSF keeps a window of rows in memory, so a large
 * table costs little heap), the styles, and a title line across the table. Numbers are stored as numbers with the
 * formats {@code #,##0} and {@code 0.00}; the viewer shows them with its own separators.
 */
public final class Workbooks {

    /** The media type of an XLSX file. */
    public static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static final int WINDOW = 200;

    /** The styles of a workbook: {@code marked} is grey, for what the user reads but does not fill in. */
    record Styles(CellStyle title, CellStyle header, CellStyle text, CellStyle integer, CellStyle decimal,
                  CellStyle marked, CellStyle markedInteger) {

        static Styles of(Workbook workbook) {
            Font bold = workbook.createFont();
            bold.setBold(true);
            CellStyle title = workbook.createCellStyle();
            Font large = workbook.createFont();
            large.setBold(true);
            large.setFontHeightInPoints((short) 13);
            title.setFont(large);
            CellStyle header = workbook.createCellStyle();
            header.setFont(bold);
            header.setWrapText(true);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            CellStyle text = workbook.createCellStyle();
            CellStyle integer = workbook.createCellStyle();
            integer.setDataFormat(workbook.createDataFormat().getFormat("#,##0"));
            CellStyle decimal = workbook.createCellStyle();
            decimal.setDataFormat(workbook.createDataFormat().getFormat("0.00"));
            CellStyle marked = workbook.createCellStyle();
            marked.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            marked.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            CellStyle markedInteger = workbook.createCellStyle();
            markedInteger.cloneStyleFrom(marked);
            markedInteger.setDataFormat(integer.getDataFormat());
            return new Styles(title, header, text, integer, decimal, marked, markedInteger);
        }
    }

    private Workbooks() {
    }

    /**
     * Writes a new streaming workbook with {@code content} and answers its bytes; temporary files (compressed) are
     * removed. Text goes to the shared strings table, as Excel writes it, so a file edited by any tool reads back.
     */
    static byte[] write(Consumer<SXSSFWorkbook> content) {
        SXSSFWorkbook workbook = new SXSSFWorkbook(null, WINDOW, true, true);
        try (workbook; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            content.accept(workbook);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            workbook.dispose();
        }
    }

    /** A line of text across {@code columns} columns. */
    static void line(Sheet sheet, int rowIndex, String text, CellStyle style, int columns) {
        Row row = sheet.createRow(rowIndex);
        row.createCell(0).setCellValue(text);
        row.getCell(0).setCellStyle(style);
        if (columns > 1) {
            sheet.addMergedRegion(new CellRangeAddress(rowIndex, rowIndex, 0, columns - 1));
        }
    }
}
