package vn.thidua.result.excel;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.regex.Pattern;
import vn.thidua.movement.IndicatorKind;
import vn.thidua.organization.ImportProblem;
import vn.thidua.platform.text.SearchText;
import vn.thidua.result.ValueInput;

/**
 * Reads a filled template back: which movement, unit and period it is for (its hidden first code row), which
 * indicator each column holds (the hidden second code row), and for each row below, the unit's code and what was
 * typed, turned into values by the indicator's kind. Amounts are whole numbers, as numbers or as text with '.' or
 * ',' grouping thousands (354.325); yes/no is Có/Không or Yes/No in any case, with or without diacritics. Anything
 * else is passed on as text, for the value rules to refuse with the indicator's name; this class only reports
 * what is wrong with the file itself.
 */
public final class TemplateReader {

    public static final int MAX_ROWS = 5000;
    /** As for files uploaded on pages (web.xml): a template of a few hundred units is a few dozen kB. */
    public static final int MAX_BYTES = 5 * 1024 * 1024;

    private static final Pattern WHOLE = Pattern.compile("-?\\d{1,18}");
    private static final Pattern GROUPED = Pattern.compile("-?\\d{1,3}([.,])\\d{3}(\\1\\d{3}){0,4}");
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0]+");

    /** A data row: its number in Excel, the unit code in it, and the values by indicator code. */
    public record Row(int number, String unitCode, Map<String, ValueInput> values) {
    }

    /** What the file says it is for, its rows, and what is wrong with the file (nothing is wrong when empty). */
    public record Result(String movementCode, String unitCode, String periodCode, List<Row> rows,
                         List<ImportProblem> problems) {

        public boolean isFor(String movement, String unit, String period) {
            return same(movementCode, movement) && same(unitCode, unit) && same(periodCode, period);
        }

        private static boolean same(String a, String b) {
            return a != null && b != null && a.equalsIgnoreCase(b.trim());
        }
    }

    private TemplateReader() {
    }

    /** Reads {@code content}; {@code kinds} are the indicators a column may hold, by code. */
    public static Result read(byte[] content, Map<String, IndicatorKind> kinds) {
        if (content.length > MAX_BYTES) {
            return refused(ImportProblem.of(1, "excel.import.tooLarge", String.valueOf(MAX_BYTES / 1024 / 1024)));
        }
        SortedMap<Integer, SortedMap<Integer, Object>> cells;
        try {
            cells = SheetCells.read(content);
        } catch (IOException e) {
            return refused(ImportProblem.of(1, "excel.import.unreadable"));
        }
        Integer about = null;
        Integer codes = null;
        for (Map.Entry<Integer, SortedMap<Integer, Object>> row : cells.entrySet()) {
            Object first = row.getValue().get(0);
            if (TemplateWriter.TEMPLATE_MARK.equals(first) && about == null) {
                about = row.getKey();
            } else if (TemplateWriter.UNIT_MARK.equals(first) && codes == null) {
                codes = row.getKey();
            }
        }
        if (about == null || codes == null) {
            return refused(ImportProblem.of(1, "excel.import.notTemplate"));
        }
        List<ImportProblem> problems = new ArrayList<>();
        Map<Integer, String> columns = new LinkedHashMap<>();
        for (Map.Entry<Integer, Object> cell : cells.get(codes).entrySet()) {
            String code = text(cell.getValue());
            if (cell.getKey() == 0 || code.isEmpty() || code.startsWith("#")) {
                continue;
            }
            if (kinds.containsKey(code)) {
                columns.put(cell.getKey(), code);
            } else {
                problems.add(ImportProblem.of(codes, "excel.import.columnUnknown", code));
            }
        }
        List<Row> rows = new ArrayList<>();
        for (Map.Entry<Integer, SortedMap<Integer, Object>> line : cells.tailMap(codes + 1).entrySet()) {
            if (line.getValue().values().stream().allMatch(v -> text(v).isEmpty())) {
                continue;
            }
            if (rows.size() == MAX_ROWS) {
                problems.add(ImportProblem.of(line.getKey(), "excel.import.tooManyRows", String.valueOf(MAX_ROWS)));
                break;
            }
            Map<String, ValueInput> values = new LinkedHashMap<>();
            columns.forEach((column, code) -> values.put(code, input(kinds.get(code), line.getValue().get(column))));
            rows.add(new Row(line.getKey(), text(line.getValue().get(0)), values));
        }
        SortedMap<Integer, Object> meta = cells.get(about);
        return new Result(text(meta.get(1)), text(meta.get(2)), text(meta.get(3)), rows, problems);
    }

    /** What a cell holds as a value of an indicator of {@code kind}. */
    static ValueInput input(IndicatorKind kind, Object cell) {
        String text = text(cell);
        if (text.isEmpty()) {
            return ValueInput.EMPTY;
        }
        if (kind.isSum()) {
            Long amount = cell instanceof BigDecimal number ? whole(number) : whole(text);
            return amount == null ? new ValueInput(null, null, text) : ValueInput.amount(amount);
        }
        if (kind == IndicatorKind.YES_NO) {
            Boolean flag = cell instanceof Boolean b ? b : switch (SearchText.normalize(text)) {
                case "co", "yes" -> Boolean.TRUE;
                case "khong", "no" -> Boolean.FALSE;
                default -> null;
            };
            return flag == null ? new ValueInput(null, null, text) : ValueInput.flag(flag);
        }
        return new ValueInput(null, null, text);
    }

    private static Long whole(BigDecimal number) {
        try {
            return number.stripTrailingZeros().longValueExact();
        } catch (ArithmeticException e) {
            return null;
        }
    }

    private static Long whole(String text) {
        String bare = SPACES.matcher(text).replaceAll("");
        if (WHOLE.matcher(bare).matches()) {
            return Long.parseLong(bare);
        }
        return GROUPED.matcher(bare).matches() ? Long.parseLong(bare.replace(".", "").replace(",", "")) : null;
    }

    private static String text(Object cell) {
        if (cell == null) {
            return "";
        }
        if (cell instanceof BigDecimal number) {
            return number.stripTrailingZeros().toPlainString();
        }
        return cell.toString().trim();
    }

    private static Result refused(ImportProblem problem) {
        return new Result(null, null, null, List.of(), List.of(problem));
    }
}
