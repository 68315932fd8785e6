package vn.thidua.commendation;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.thidua.organization.ImportProblem;
import vn.thidua.platform.error.BusinessException;
import vn.thidua.platform.i18n.Messages;
import vn.thidua.platform.text.SearchText;
import vn.thidua.result.excel.SheetCells;
import vn.thidua.result.excel.TemplateReader;
import vn.thidua.result.excel.XlsxTable;

/**
 * A list of nominees in an XLSX file, to import into a submission batch: a header row (the column names in
 * Vietnamese or English, in any order, found among the first rows) and a row per nominee. This class reads the file
 * and checks what can be checked without the database — required cells, kinds, genders, years, deceased or not,
 * repeated rows —
 * naming each problem with its row; the service checks the rest (award types, units, existing nominees) and saves
 * all rows or none.
 */
public final class NomineeSheet {

    /** A column of the list; the first five are required. */
    public enum Column {
        NAME, KIND, AWARD_TYPE, YEARS, SUMMARY, BIRTH_YEAR, GENDER, JOB_TITLE, UNIT_CODE, MOVEMENT, NOMINEE_ID,
        DECEASED;

        boolean required() {
            return ordinal() <= SUMMARY.ordinal();
        }

        public String labelKey() {
            return "batch.import.column." + name();
        }
    }

    /**
     * A nominee row: its number in Excel and what it says. {@code nomineeId}: an existing record to use;
     * {@code deceased}: a new person who has died (a posthumous nomination).
     */
    public record Row(int number, Long nomineeId, String name, RecipientKind kind, Integer birthYear, Gender gender,
                      String jobTitle, String unitCode, String awardType, String movement, int yearFrom, int yearTo,
                      String summary, boolean deceased) {
    }

    /** The rows, and what is wrong with the file (nothing when empty). */
    public record Result(int rows, List<Row> valid, List<ImportProblem> problems) {

        public boolean ok() {
            return problems.isEmpty();
        }
    }

    public static final int MAX_ROWS = 1000;
    private static final int HEADER_SEARCH = 10;
    private static final Pattern YEARS = Pattern.compile("(\\d{4})(?:\\s*[-–—]\\s*(\\d{4}))?");
    private static final Set<String> YES = Set.of("co", "yes", "x", "1", "true", "da mat");
    private static final Set<String> NO = Set.of("khong", "no", "0", "false");

    private NomineeSheet() {
    }

    public static Result read(byte[] content) {
        if (content == null || content.length == 0) {
            return refused(ImportProblem.of(1, "excel.import.unreadable"));
        }
        if (content.length > TemplateReader.MAX_BYTES) {
            return refused(ImportProblem.of(1, "excel.import.tooLarge",
                    String.valueOf(TemplateReader.MAX_BYTES / 1024 / 1024)));
        }
        try {
            return read(SheetCells.read(content));
        } catch (IOException e) {
            return refused(ImportProblem.of(1, "excel.import.unreadable"));
        }
    }

    /** Reads cells as {@link SheetCells} gives them: rows numbered from 1, columns from 0. */
    static Result read(SortedMap<Integer, SortedMap<Integer, Object>> cells) {
        Optional<Integer> header = cells.keySet().stream().limit(HEADER_SEARCH)
                .filter(r -> columns(cells.get(r)).containsKey(Column.NAME)).findFirst();
        if (header.isEmpty()) {
            return refused(ImportProblem.of(1, "batch.import.noHeader"));
        }
        Map<Column, Integer> columns = columns(cells.get(header.get()));
        List<ImportProblem> problems = new ArrayList<>();
        for (Column column : Column.values()) {
            if (column.required() && !columns.containsKey(column)) {
                problems.add(ImportProblem.of(header.get(), "batch.import.columnMissing." + column.name()));
            }
        }
        if (!problems.isEmpty()) {
            return new Result(0, List.of(), problems);
        }
        List<Row> valid = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        int rows = 0;
        for (Map.Entry<Integer, SortedMap<Integer, Object>> line : cells.tailMap(header.get() + 1).entrySet()) {
            if (line.getValue().values().stream().allMatch(v -> text(v).isEmpty())) {
                continue;
            }
            if (++rows > MAX_ROWS) {
                problems.add(ImportProblem.of(line.getKey(), "excel.import.tooManyRows", String.valueOf(MAX_ROWS)));
                break;
            }
            int before = problems.size();
            Row row = row(line.getKey(), line.getValue(), columns, problems);
            if (problems.size() == before) {
                String key = SearchText.normalize(row.name()) + "|" + row.kind() + "|" + row.birthYear() + "|"
                        + SearchText.normalize(row.awardType()) + "|" + row.nomineeId();
                Integer earlier = seen.putIfAbsent(key, row.number());
                if (earlier != null) {
                    problems.add(ImportProblem.of(row.number(), "batch.import.duplicateRow", String.valueOf(earlier)));
                } else {
                    valid.add(row);
                }
            }
        }
        if (rows == 0 && problems.isEmpty()) {
            problems.add(ImportProblem.of(header.get(), "batch.import.noRows"));
        }
        return new Result(Math.min(rows, MAX_ROWS), valid, problems);
    }

    /** An empty list: a title, a line on how to fill it in, and the header row, in {@code locale}. */
    public static byte[] template(Locale locale) {
        List<String> headers = new ArrayList<>();
        for (Column column : Column.values()) {
            headers.add(Messages.format(locale, column.labelKey()));
        }
        return XlsxTable.write(Messages.format(locale, "batch.import.sheet"),
                List.of(Messages.format(locale, "batch.import.title"), Messages.format(locale, "batch.import.hint")),
                headers, List.of());
    }

    private static Row row(int number, SortedMap<Integer, Object> cells, Map<Column, Integer> columns,
                           List<ImportProblem> problems) {
        Map<Column, String> text = new EnumMap<>(Column.class);
        Map<Column, Object> raw = new EnumMap<>(Column.class);
        columns.forEach((column, index) -> {
            raw.put(column, cells.get(index));
            text.put(column, text(cells.get(index)));
        });
        String name = text.get(Column.NAME);
        if (name.isEmpty()) {
            problems.add(ImportProblem.of(number, "batch.import.required.NAME"));
        }
        RecipientKind kind = null;
        if (text.get(Column.KIND).isEmpty()) {
            problems.add(ImportProblem.of(number, "batch.import.required.KIND"));
        } else {
            kind = parse(number, problems, () -> kind(text.get(Column.KIND)));
        }
        Integer birthYear = whole(number, problems, raw.get(Column.BIRTH_YEAR), Column.BIRTH_YEAR);
        Gender gender = parse(number, problems, () -> gender(text.getOrDefault(Column.GENDER, "")));
        if (text.get(Column.AWARD_TYPE).isEmpty()) {
            problems.add(ImportProblem.of(number, "batch.import.required.AWARD_TYPE"));
        }
        Matcher years = YEARS.matcher(text.get(Column.YEARS));
        if (!years.matches()) {
            problems.add(ImportProblem.of(number, "batch.import.years", text.get(Column.YEARS)));
        }
        if (text.get(Column.SUMMARY).isEmpty()) {
            problems.add(ImportProblem.of(number, "batch.import.required.SUMMARY"));
        }
        Integer nomineeId = whole(number, problems, raw.get(Column.NOMINEE_ID), Column.NOMINEE_ID);
        Boolean deceased = parse(number, problems, () -> deceased(raw.get(Column.DECEASED)));
        int from = years.matches() ? Integer.parseInt(years.group(1)) : 0;
        int to = years.matches() && years.group(2) != null ? Integer.parseInt(years.group(2)) : from;
        return new Row(number, nomineeId == null ? null : nomineeId.longValue(), name, kind, birthYear, gender,
                blankToNull(text.get(Column.JOB_TITLE)), blankToNull(text.get(Column.UNIT_CODE)),
                text.get(Column.AWARD_TYPE), blankToNull(text.get(Column.MOVEMENT)), from, to,
                text.get(Column.SUMMARY), Boolean.TRUE.equals(deceased));
    }

    /** The columns of a header row: each cell whose text is a column's name in either language, or its code. */
    private static Map<Column, Integer> columns(SortedMap<Integer, Object> header) {
        Map<Column, Integer> found = new EnumMap<>(Column.class);
        header.forEach((index, cell) -> {
            String name = SearchText.normalize(text(cell));
            for (Column column : Column.values()) {
                if (!found.containsKey(column) && names(column).stream().anyMatch(n -> name.equals(n)
                        || name.startsWith(n + " (") || name.startsWith(n + ":"))) {
                    found.put(column, index);
                    return;
                }
            }
        });
        return found;
    }

    private static List<String> names(Column column) {
        return List.of(SearchText.normalize(Messages.format(Messages.VIETNAMESE, column.labelKey())),
                SearchText.normalize(Messages.format(Messages.ENGLISH, column.labelKey())),
                column.name().toLowerCase(Locale.ROOT).replace('_', ' '));
    }

    /** A kind by its name in either language (Cá nhân, tap the, Household…) or its code. */
    static RecipientKind kind(String text) {
        String wanted = SearchText.normalize(text);
        for (RecipientKind kind : RecipientKind.values()) {
            if (matches(wanted, kind.messageKey(), kind.name())) {
                return kind;
            }
        }
        throw new BusinessException("nominee.kind.unknown", text);
    }

    /** A gender by its name in either language (Nam, Nữ, male…) or code; none when blank. */
    static Gender gender(String text) {
        String wanted = SearchText.normalize(text);
        if (wanted.isEmpty()) {
            return null;
        }
        for (Gender gender : Gender.values()) {
            if (matches(wanted, "nominee.gender." + gender.name(), gender.name())) {
                return gender;
            }
        }
        throw new BusinessException("nominee.gender.unknown", text);
    }

    /** Whether the person has died: Có or Không, Yes or No (x, 1 or 0, a tick box, "Đã mất"); no when blank. */
    static boolean deceased(Object cell) {
        if (cell instanceof Boolean ticked) {
            return ticked;
        }
        String wanted = SearchText.normalize(text(cell));
        if (wanted.isEmpty() || NO.contains(wanted)) {
            return false;
        }
        if (YES.contains(wanted)) {
            return true;
        }
        throw new BusinessException("batch.import.deceased", text(cell));
    }

    private static boolean matches(String wanted, String key, String code) {
        return wanted.equals(code.toLowerCase(Locale.ROOT))
                || wanted.equals(SearchText.normalize(Messages.format(Messages.VIETNAMESE, key)))
                || wanted.equals(SearchText.normalize(Messages.format(Messages.ENGLISH, key)));
    }

    private interface Parser<T> {
        T parse();
    }

    private static <T> T parse(int number, List<ImportProblem> problems, Parser<T> parser) {
        try {
            return parser.parse();
        } catch (BusinessException e) {
            problems.add(ImportProblem.of(number, e.getMessageKey(), e.getArguments()));
            return null;
        }
    }

    /** A whole number, typed as a number or as text; none when blank. */
    private static Integer whole(int number, List<ImportProblem> problems, Object cell, Column column) {
        String text = text(cell);
        if (text.isEmpty()) {
            return null;
        }
        try {
            return cell instanceof BigDecimal decimal ? decimal.intValueExact() : Integer.valueOf(text);
        } catch (ArithmeticException | NumberFormatException e) {
            problems.add(ImportProblem.of(number, "batch.import.notANumber." + column.name(), text));
            return null;
        }
    }

    private static String text(Object cell) {
        if (cell == null) {
            return "";
        }
        if (cell instanceof BigDecimal number) {
            return number.stripTrailingZeros().toPlainString();
        }
        return cell.toString().strip();
    }

    private static String blankToNull(String text) {
        return text == null || text.isEmpty() ? null : text;
    }

    private static Result refused(ImportProblem problem) {
        return new Result(0, List.of(), List.of(problem));
    }
}
