package vn.thidua.review.document;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.thidua.movement.IndicatorKind;
import vn.thidua.platform.document.Letterhead;
import vn.thidua.platform.i18n.Amounts;
import vn.thidua.result.Discipline;
import vn.thidua.review.ReviewSection;
import vn.thidua.review.ReviewTables;

/**
 * The words and numbers of a review's documents: a value as a report writes it ("354.325 suất", "220,34 tỷ
 * đồng", "100% (1.452/1.452)"), the headings of the sections, and the rows of each table as text.
 */
public final class ReviewText {

    static final Locale VI = Letterhead.VIETNAMESE;

    private ReviewText() {
    }

    /** A value of an indicator of this kind and unit of measure; empty when there is none. */
    public static String value(IndicatorKind kind, String unitOfMeasure, ReviewTables.Cell cell, Locale locale) {
        if (cell == null || cell.value() == null) {
            return "";
        }
        if (kind == IndicatorKind.MONEY) {
            return Amounts.money(cell.value(), locale);
        }
        if (kind.isShare()) {
            String share = Amounts.percent(cell.value(), locale);
            return cell.denominator() == null ? share
                    : share + " (" + Amounts.ratio(cell.numerator(), cell.denominator(), locale) + ")";
        }
        String number = Amounts.number(cell.value(), locale);
        return unitOfMeasure == null || unitOfMeasure.isBlank() || "%".equals(unitOfMeasure) ? number
                : number + " " + unitOfMeasure;
    }

    /** A target: a percentage for a share, else as the value. */
    public static String target(IndicatorKind kind, String unitOfMeasure, BigDecimal target, Locale locale) {
        if (target == null) {
            return "";
        }
        return kind.isShare() ? Amounts.percent(target, locale)
                : value(kind, unitOfMeasure, new ReviewTables.Cell(target, null, null), locale);
    }

    static String value(ReviewTables.IndicatorRow row, ReviewTables.Cell cell) {
        return value(row.kind(), row.unitOfMeasure(), cell, VI);
    }

    static String total(ReviewTables.IndicatorRow row) {
        return value(row, new ReviewTables.Cell(row.value(), row.numerator(), row.denominator()));
    }

    /** Text of a document: always Vietnamese. */
    static String text(String key, Object... arguments) {
        return Letterhead.text(key, arguments);
    }

    static String years(int from, int to) {
        return from == to ? String.valueOf(from) : from + "–" + to;
    }

    static String heading(ReviewSection section) {
        return text("review.doc.section." + section.name());
    }

    /** The summary table of a movement: indicator, total, target, attainment. */
    static List<List<String>> summary(ReviewTables.MovementTable table) {
        List<List<String>> rows = new ArrayList<>();
        for (ReviewTables.IndicatorRow row : table.indicators()) {
            rows.add(List.of(row.name(), total(row), target(row.kind(), row.unitOfMeasure(), row.target(), VI),
                    row.attainment() == null ? "" : Amounts.percent(row.attainment(), VI)));
        }
        return rows;
    }

    /** A movement's indicators by year: one row per indicator, one column per year. */
    static List<List<String>> perYear(ReviewTables.MovementTable table) {
        List<List<String>> rows = new ArrayList<>();
        for (ReviewTables.IndicatorRow row : table.indicators()) {
            List<String> cells = new ArrayList<>(List.of(row.name()));
            row.years().forEach(cell -> cells.add(value(row, cell)));
            rows.add(cells);
        }
        return rows;
    }

    /** A movement's child units: one row per unit, one column per indicator. */
    static List<List<String>> perUnit(ReviewTables.MovementTable table) {
        List<List<String>> rows = new ArrayList<>();
        for (ReviewTables.ChildRow child : table.children()) {
            List<String> cells = new ArrayList<>(List.of(child.unitCode() == null ? text("review.doc.unitsClosed")
                    : child.unitName() + " (" + child.unitCode() + ")"));
            for (int i = 0; i < table.indicators().size(); i++) {
                cells.add(value(table.indicators().get(i), child.values().get(i)));
            }
            rows.add(cells);
        }
        return rows;
    }

    /** How many reports of a movement were sent late or not at all over the review's periods. */
    public static long lapseCount(Discipline discipline) {
        return discipline.periods().stream().mapToLong(p -> p.missing() + p.late()).sum();
    }

    /** "gửi muộn" or "chưa gửi". */
    static String status(Discipline.Lapse lapse) {
        return text(lapse.late() ? "review.doc.late" : "review.doc.missing");
    }

    /** The text of a narrative section, or null when not written. */
    static String narrative(ReviewTables review, ReviewSection key) {
        for (ReviewTables.Section section : review.sections()) {
            if (section.key() == key) {
                return section.text();
            }
        }
        return null;
    }

    static String reportTitle(ReviewTables review) {
        return text("review.doc.subject", years(review.from(), review.to()));
    }
}
