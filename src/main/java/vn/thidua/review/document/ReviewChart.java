package vn.thidua.review.document;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import vn.thidua.movement.IndicatorKind;
import vn.thidua.platform.i18n.Amounts;
import vn.thidua.review.ReviewTables;

/**
 * A bar chart of one indicator by year, as both documents draw it: a movement's first summed indicator on a scale
 * up to its largest year, and its first share (a coverage before a yes/no, since a coverage names the share the
 * yes/no answers make) in percent on a scale up to 100%. A year without a value has no bar and no label.
 */
public record ReviewChart(String title, boolean share, List<String> years, List<BigDecimal> values,
                          List<String> labels) implements ReviewOutline.Block {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** The charts of a movement: its first sum, then its first share; none when it has neither. */
    static List<ReviewChart> of(ReviewTables.MovementTable table) {
        List<ReviewChart> charts = new ArrayList<>();
        table.indicators().stream().filter(r -> r.kind().isSum()).findFirst()
                .ifPresent(row -> charts.add(of(row, table.years(), false)));
        firstShare(table).ifPresent(row -> charts.add(of(row, table.years(), true)));
        return charts;
    }

    private static Optional<ReviewTables.IndicatorRow> firstShare(ReviewTables.MovementTable table) {
        return table.indicators().stream().filter(r -> r.kind().isShare())
                .min(Comparator.comparing(r -> r.kind() == IndicatorKind.COVERAGE ? 0 : 1));
    }

    private static ReviewChart of(ReviewTables.IndicatorRow row, List<Integer> years, boolean share) {
        List<BigDecimal> values = row.years().stream().map(ReviewTables.Cell::value).toList();
        List<String> labels = row.years().stream().map(cell -> cell.value() == null ? ""
                : share ? Amounts.percent(cell.value(), ReviewText.VI) : ReviewText.value(row, cell)).toList();
        return new ReviewChart(share ? row.name() + " (%)" : row.name(), share,
                years.stream().map(String::valueOf).toList(), values, labels);
    }

    /** The top of the value axis: 100 for a share, else the largest value (zero when there is none). */
    public BigDecimal scale() {
        BigDecimal max = values.stream().filter(v -> v != null).max(BigDecimal::compareTo).orElse(BigDecimal.ZERO);
        return share ? HUNDRED.max(max) : max;
    }

    /** A bar's height as a fraction of the axis, 0 for a missing value. */
    public float fraction(int index) {
        BigDecimal value = values.get(index);
        BigDecimal scale = scale();
        return value == null || scale.signum() == 0 ? 0 : Math.max(0, value.floatValue() / scale.floatValue());
    }
}
