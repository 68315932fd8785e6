package vn.thidua.organization;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/** The cells of an uploaded CSV (UTF-8) or XLSX file as text, row by row, with row numbers as the user sees them. */
final class ImportTable {

    /** One row of the file; {@code number} is 1 for the first row. */
    record Line(int number, List<String> cells) {

        String cell(int index) {
            return index < 0 || index >= cells.size() ? "" : cells.get(index).trim();
        }

        boolean blank() {
            return cells.stream().allMatch(String::isBlank);
        }
    }

    private ImportTable() {
    }

    static List<Line> read(byte[] content) throws IOException {
        return isZip(content) ? xlsx(content) : csv(new String(content, StandardCharsets.UTF_8));
    }

    /** An XLSX file is a ZIP archive: it starts with "PK". */
    private static boolean isZip(byte[] content) {
        return content.length > 3 && content[0] == 'P' && content[1] == 'K' && content[2] == 3 && content[3] == 4;
    }

    private static List<Line> xlsx(byte[] content) throws IOException {
        List<Line> lines = new ArrayList<>();
        DataFormatter formatter = new DataFormatter();
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(content))) {
            Sheet sheet = workbook.getSheetAt(0);
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < Math.max(row.getLastCellNum(), 0); c++) {
                    cells.add(text(row.getCell(c), formatter));
                }
                lines.add(new Line(row.getRowNum() + 1, cells));
            }
        }
        return lines;
    }

    private static String text(Cell cell, DataFormatter formatter) {
        if (cell == null) {
            return "";
        }
        if (cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
            return cell.getLocalDateTimeCellValue().toLocalDate().toString();
        }
        if (cell.getCellType() == CellType.NUMERIC && formatter.formatCellValue(cell).contains("E")) {
            // A long code typed as a number: Excel's "General" format would show 1.2E+10.
            return String.valueOf((long) cell.getNumericCellValue());
        }
        return formatter.formatCellValue(cell);
    }

    /** RFC 4180 CSV: comma-separated, fields optionally in "…" with "" for a quote; a leading BOM is dropped. */
    static List<Line> csv(String text) {
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        List<Line> lines = new ArrayList<>();
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        boolean any = false;
        for (int i = 0; i < body.length(); i++) {
            char ch = body.charAt(i);
            if (quoted) {
                if (ch == '"' && i + 1 < body.length() && body.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (ch == '"') {
                    quoted = false;
                } else {
                    cell.append(ch);
                }
            } else if (ch == '"') {
                quoted = true;
                any = true;
            } else if (ch == ',') {
                cells.add(cell.toString());
                cell.setLength(0);
                any = true;
            } else if (ch == '\n' || ch == '\r') {
                if (ch == '\r' && i + 1 < body.length() && body.charAt(i + 1) == '\n') {
                    i++;
                }
                cells.add(cell.toString());
                lines.add(new Line(lines.size() + 1, cells));
                cells = new ArrayList<>();
                cell.setLength(0);
                any = false;
            } else {
                cell.append(ch);
                any = true;
            }
        }
        if (any || cell.length() > 0) {
            cells.add(cell.toString());
            lines.add(new Line(lines.size() + 1, cells));
        }
        return lines;
    }
}
