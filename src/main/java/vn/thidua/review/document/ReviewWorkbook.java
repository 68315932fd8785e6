package vn.thidua.review.document;

import static vn.thidua.review.document.ReviewText.text;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import vn.thidua.movement.IndicatorKind;
import vn.thidua.platform.time.Formats;
import vn.thidua.result.Discipline;
import vn.thidua.result.excel.XlsxTable;
import vn.thidua.review.ReviewTables;

/**
 * Every table of a review in one XLSX, a sheet each: the results over the period, by year, by unit, commendations,
 * decisions, reporting, the next term's targets and the narrative. Numbers are numbers (VND as whole numbers, with
 * a column in tỷ đồng beside them; shares in percent with numerator and denominator).
 */
public final class ReviewWorkbook {

    private static final BigDecimal BILLION = BigDecimal.valueOf(1_000_000_000L);
    /** Tỷ đồng as a report writes them: 106,9 and 220,34 (one decimal at least, two at most). */
    private static final String BILLIONS = "#,##0.0#";

    private ReviewWorkbook() {
    }

    public static byte[] write(ReviewTables review) {
        List<String> title = List.of(ReviewText.reportTitle(review), review.unitName() + " (" + review.unitCode() + ")");
        List<XlsxTable.Sheet> sheets = new ArrayList<>();
        List<List<Object>> results = new ArrayList<>();
        List<List<Object>> perYear = new ArrayList<>();
        List<List<Object>> perUnit = new ArrayList<>();
        List<Integer> years = new ArrayList<>();
        for (int year = review.from(); year <= review.to(); year++) {
            years.add(year);
        }
        for (ReviewTables.MovementTable table : review.movements()) {
            for (ReviewTables.IndicatorRow row : table.indicators()) {
                results.add(values(table.name(), row, new ReviewTables.Cell(row.value(), row.numerator(),
                        row.denominator()), row.target(), row.attainment()));
                List<Object> line = new ArrayList<>(List.of(table.name(), row.name(), unit(row)));
                row.years().forEach(cell -> line.add(number(row.kind(), cell.value())));
                perYear.add(line);
            }
            for (ReviewTables.ChildRow child : table.children()) {
                for (int i = 0; i < table.indicators().size(); i++) {
                    ReviewTables.IndicatorRow row = table.indicators().get(i);
                    List<Object> line = values(table.name(), row, child.values().get(i), null, null);
                    line.add(1, child.unitCode() == null ? text("review.doc.unitsClosed") : child.unitName());
                    line.add(2, child.unitCode());
                    perUnit.add(line);
                }
            }
        }
        List<String> valueColumns = List.of(text("review.doc.col.unitOfMeasure"), text("review.doc.col.value"),
                text("review.doc.col.billion"), text("review.doc.col.numerator"), text("review.doc.col.denominator"));
        sheets.add(new XlsxTable.Sheet(text("review.xlsx.results"), title, columns(List.of(text("review.doc.col.movement"),
                text("review.doc.col.indicator")), valueColumns, List.of(text("review.doc.col.target"),
                text("review.doc.col.attainment"))), results));
        sheets.add(new XlsxTable.Sheet(text("review.xlsx.byYear"), title, columns(List.of(text("review.doc.col.movement"),
                text("review.doc.col.indicator"), text("review.doc.col.unitOfMeasure")),
                years.stream().map(String::valueOf).toList(), List.of()), perYear));
        sheets.add(new XlsxTable.Sheet(text("review.xlsx.byUnit"), title, columns(List.of(text("review.doc.col.movement"),
                text("review.doc.col.unit"), text("review.doc.col.code"), text("review.doc.col.indicator")),
                valueColumns, List.of()), perUnit));
        sheets.add(awards(review, title, years));
        sheets.add(new XlsxTable.Sheet(text("review.xlsx.decisions"), title, List.of(text("review.doc.col.number"),
                text("review.doc.col.date"), text("review.doc.col.issuer"), text("review.doc.col.awardType"),
                text("review.doc.col.awards")), review.commendations().decisions().stream()
                .map(d -> List.<Object>of(d.number(), Formats.date(d.signedOn()), d.issuingUnitName(),
                        d.awardTypeName(), d.awards())).toList()));
        sheets.add(reporting(review, title));
        sheets.add(new XlsxTable.Sheet(text("review.xlsx.targets"), title, List.of(text("review.doc.col.target"),
                text("review.doc.col.years"), text("review.doc.col.indicator"), text("review.doc.col.value")),
                review.nextTerm().stream().map(t -> row(t.description(), ReviewText.years(t.yearFrom(), t.yearTo()),
                        t.indicatorName(), t.amount())).toList()));
        sheets.add(new XlsxTable.Sheet(text("review.xlsx.narrative"), title, List.of(text("review.doc.col.section"),
                text("review.doc.col.text")), review.sections().stream()
                .map(s -> row(ReviewText.heading(s.key()), s.text())).toList()));
        return XlsxTable.write(sheets);
    }

    private static XlsxTable.Sheet awards(ReviewTables review, List<String> title, List<Integer> years) {
        List<List<Object>> rows = new ArrayList<>();
        review.commendations().byType().forEach(line -> {
            List<Object> row = new ArrayList<>(List.of(text("review.doc.col.awardType"), line.name(),
                    line.level()));
            row.addAll(line.perYear());
            row.add(line.total());
            rows.add(row);
        });
        review.commendations().byRecipient().forEach(line -> {
            List<Object> row = new ArrayList<>(List.of(text("review.doc.col.recipient"),
                    text("review.doc.recipient." + line.key()), ""));
            row.addAll(line.perYear());
            row.add(line.total());
            rows.add(row);
        });
        return new XlsxTable.Sheet(text("review.xlsx.awards"), title, columns(List.of(text("review.doc.col.by"),
                text("review.doc.col.name"), text("review.doc.col.level")), years.stream().map(String::valueOf).toList(),
                List.of(text("review.doc.col.sum"))), rows);
    }

    private static XlsxTable.Sheet reporting(ReviewTables review, List<String> title) {
        List<List<Object>> rows = new ArrayList<>();
        for (int i = 0; i < review.discipline().size(); i++) {
            Discipline discipline = review.discipline().get(i);
            String movement = review.movements().get(i).name();
            discipline.periods().forEach(p -> rows.add(row(movement, p.periodCode(), null, null, p.expected(),
                    p.missing(), p.late())));
            discipline.lapses().forEach(l -> rows.add(row(movement, l.periodCode(), l.unitName() + " (" + l.unitCode()
                    + ")", ReviewText.status(l), null, null, null, l.late() ? Formats.dateTime(l.submittedAt()) : null)));
            if (discipline.truncated()) {
                rows.add(row(movement, null, text("review.xlsx.lapsesTruncated", discipline.lapses().size(),
                        ReviewText.lapseCount(discipline))));
            }
        }
        return new XlsxTable.Sheet(text("review.xlsx.reporting"), title, List.of(text("review.doc.col.movement"),
                text("review.doc.col.period"), text("review.doc.col.unit"), text("review.doc.col.status"),
                text("review.doc.col.expected"), text("review.doc.col.missing"), text("review.doc.col.late"),
                text("review.doc.col.submittedAt")), rows);
    }

    private static List<Object> values(String movement, ReviewTables.IndicatorRow row, ReviewTables.Cell cell,
                                       BigDecimal target, BigDecimal attainment) {
        List<Object> line = new ArrayList<>(List.of(movement, row.name(), unit(row)));
        line.add(number(row.kind(), cell.value()));
        line.add(row.kind() == IndicatorKind.MONEY && cell.value() != null
                ? new XlsxTable.Formatted(cell.value().divide(BILLION, 2, RoundingMode.HALF_UP), BILLIONS) : null);
        line.add(cell.numerator());
        line.add(cell.denominator());
        if (target != null || attainment != null) {
            line.add(target);
            line.add(attainment);
        }
        return line;
    }

    /** A sum as a whole number, a share as a decimal percentage. */
    private static Object number(IndicatorKind kind, BigDecimal value) {
        if (value == null) {
            return null;
        }
        return kind.isSum() ? (Object) value.longValue() : value;
    }

    private static String unit(ReviewTables.IndicatorRow row) {
        return row.kind().isShare() ? "%" : row.unitOfMeasure();
    }

    private static List<String> columns(List<String> first, List<String> middle, List<String> last) {
        List<String> columns = new ArrayList<>(first);
        columns.addAll(middle);
        columns.addAll(last);
        return columns;
    }

    private static List<Object> row(Object... cells) {
        return new ArrayList<>(java.util.Arrays.asList(cells));
    }
}
