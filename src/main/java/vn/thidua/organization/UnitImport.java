package vn.thidua.organization;

import java.io.IOException;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a list of units to create from a CSV or XLSX file (columns code, name, type, level, parent_code,
 * valid_from, or their Vietnamese names) and checks each row on its own. Nothing here touches the database: the
 * service resolves parents and creates the units only when no row has a problem.
 */
public final class UnitImport {

    /** The columns in the order of the English header; each also answers to its Vietnamese names. */
    enum Column {
        CODE("code", "ma", "ma don vi"),
        NAME("name", "ten", "ten don vi"),
        TYPE("type", "loai", "loai don vi"),
        LEVEL("level", "cap"),
        PARENT_CODE("parent_code", "ma cap tren", "ma_cap_tren", "ma don vi cap tren"),
        VALID_FROM("valid_from", "tu ngay", "hieu luc tu", "ngay hieu luc");

        private final List<String> names;

        Column(String... names) {
            this.names = List.of(names);
        }
    }

    /** The valid rows and the problems found; the rows count only when there are no problems. */
    public record Result(int rows, List<ImportRow> valid, List<ImportProblem> problems) {
    }

    public static final List<String> LEVELS = List.of("PROVINCE", "DISTRICT", "COMMUNE", "RESIDENTIAL_AREA");
    static final int MAX_CODE = 20;
    static final int MAX_NAME = 200;
    static final int MAX_TYPE = 60;
    private static final DateTimeFormatter DAY_MONTH_YEAR = DateTimeFormatter.ofPattern("d/M/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);

    private final List<String> levels;

    /** {@code levels}: the level codes from the top down; only the top level may come without a parent. */
    public UnitImport(List<String> levels) {
        this.levels = List.copyOf(levels);
    }

    public Result read(byte[] content) {
        List<ImportTable.Line> lines;
        try {
            lines = content == null ? List.of() : ImportTable.read(content);
        } catch (IOException | RuntimeException e) {
            // POI throws runtime exceptions on damaged files as well.
            return new Result(0, List.of(), List.of(ImportProblem.of(1, "org.import.unreadable")));
        }
        List<ImportTable.Line> rows = lines.stream().skip(1).filter(line -> !line.blank()).toList();
        if (lines.isEmpty() || rows.isEmpty()) {
            return new Result(0, List.of(), List.of(ImportProblem.of(1, "org.import.empty")));
        }
        Map<Column, Integer> columns = new HashMap<>();
        List<ImportProblem> problems = new ArrayList<>();
        ImportTable.Line header = lines.get(0);
        for (Column column : Column.values()) {
            int index = indexOf(header, column);
            if (index < 0) {
                problems.add(ImportProblem.of(header.number(), "org.import.columnMissing", column.names.get(0)));
            }
            columns.put(column, index);
        }
        if (!problems.isEmpty()) {
            return new Result(rows.size(), List.of(), problems);
        }
        List<ImportRow> valid = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (ImportTable.Line line : rows) {
            List<ImportProblem> found = new ArrayList<>();
            ImportRow row = check(line, columns, found);
            Integer first = row.code().isEmpty() ? null : seen.putIfAbsent(row.code(), line.number());
            if (first != null) {
                found.add(ImportProblem.of(line.number(), "org.import.duplicateCode", row.code(), String.valueOf(first)));
            }
            problems.addAll(found);
            if (found.isEmpty()) {
                valid.add(row);
            }
        }
        return new Result(rows.size(), valid, problems);
    }

    private ImportRow check(ImportTable.Line line, Map<Column, Integer> columns, List<ImportProblem> found) {
        int n = line.number();
        String code = line.cell(columns.get(Column.CODE));
        String name = line.cell(columns.get(Column.NAME));
        String type = line.cell(columns.get(Column.TYPE));
        String level = line.cell(columns.get(Column.LEVEL)).toUpperCase(Locale.ROOT);
        String parent = line.cell(columns.get(Column.PARENT_CODE));
        String date = line.cell(columns.get(Column.VALID_FROM));
        text(n, code, MAX_CODE, "org.import.codeRequired", "org.import.codeTooLong", found);
        text(n, name, MAX_NAME, "org.import.nameRequired", "org.import.nameTooLong", found);
        text(n, type, MAX_TYPE, "org.import.typeRequired", "org.import.typeTooLong", found);
        if (level.isEmpty()) {
            found.add(ImportProblem.of(n, "org.import.levelRequired"));
        } else if (!levels.contains(level)) {
            found.add(ImportProblem.of(n, "org.import.levelUnknown", level, String.join(", ", levels)));
        } else if (parent.isEmpty() && !level.equals(levels.get(0))) {
            found.add(ImportProblem.of(n, "org.import.parentRequired"));
        }
        LocalDate validFrom = null;
        if (date.isEmpty()) {
            found.add(ImportProblem.of(n, "org.import.dateRequired"));
        } else {
            validFrom = date(date);
            if (validFrom == null) {
                found.add(ImportProblem.of(n, "org.import.dateInvalid", date));
            }
        }
        return new ImportRow(n, code, name, type, level, parent.isEmpty() ? null : parent, validFrom);
    }

    private static void text(int row, String value, int max, String requiredKey, String tooLongKey,
                             List<ImportProblem> found) {
        if (value.isEmpty()) {
            found.add(ImportProblem.of(row, requiredKey));
        } else if (value.length() > max) {
            found.add(ImportProblem.of(row, tooLongKey, max));
        }
    }

    /** yyyy-MM-dd (CSV, and date cells of XLSX) or dd/MM/yyyy (text typed in a spreadsheet); null if neither. */
    static LocalDate date(String text) {
        try {
            return text.contains("/") ? LocalDate.parse(text, DAY_MONTH_YEAR) : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static int indexOf(ImportTable.Line header, Column column) {
        for (int i = 0; i < header.cells().size(); i++) {
            if (column.names.contains(plain(header.cell(i)))) {
                return i;
            }
        }
        return -1;
    }

    /** Lower case without diacritics, so "Mã cấp trên" and "ma cap tren" are the same header. */
    private static String plain(String header) {
        String lower = header.toLowerCase(Locale.ROOT).replace('đ', 'd');
        return Normalizer.normalize(lower, Normalizer.Form.NFD).replaceAll("\\p{M}", "").trim();
    }
}
