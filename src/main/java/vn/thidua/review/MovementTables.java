package vn.thidua.review;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.thidua.movement.IndicatorKind;
import vn.thidua.result.IndicatorValue;
import vn.thidua.result.Rollup;

/**
 * Shapes a movement's roll-ups (the unit's and its children's, as {@code UnitRollups} computes them) into a
 * review's table set: text indicators are left out; a year's sum adds its periods and a year's share is that of its
 * last answered period (as the roll-up rule does over a range); the children's rows get one more row for what no
 * child carries, when anything (results of units closed without a successor), so that they add up to the total.
 */
final class MovementTables {

    private MovementTables() {
    }

    static ReviewTables.MovementTable of(String name, Rollup total, List<Rollup> children) {
        List<IndicatorValue> shown = total.values().stream().filter(v -> v.indicator().kind() != IndicatorKind.TEXT)
                .toList();
        List<Integer> years = new ArrayList<>();
        for (int year = total.from(); year <= total.to(); year++) {
            years.add(year);
        }
        List<ReviewTables.IndicatorRow> rows = shown.stream().map(v -> new ReviewTables.IndicatorRow(
                v.indicator().code(), v.indicator().nameVi(), v.indicator().nameEn(), v.indicator().kind(),
                v.indicator().unitOfMeasure(), v.value(), v.numerator(), v.denominator(), v.target(), v.attainment(),
                byYear(v, years))).toList();
        List<ReviewTables.ChildRow> childRows = new ArrayList<>();
        BigDecimal[] carried = new BigDecimal[shown.size()];
        for (Rollup child : children) {
            List<ReviewTables.Cell> cells = new ArrayList<>();
            for (int i = 0; i < shown.size(); i++) {
                IndicatorValue value = find(child, shown.get(i).indicator().code());
                ReviewTables.Cell cell = value == null ? ReviewTables.Cell.EMPTY
                        : new ReviewTables.Cell(value.value(), value.numerator(), value.denominator());
                cells.add(cell);
                if (shown.get(i).indicator().kind().isSum() && cell.value() != null) {
                    carried[i] = carried[i] == null ? cell.value() : carried[i].add(cell.value());
                }
            }
            childRows.add(new ReviewTables.ChildRow(child.unitCode(), child.unitName(), cells));
        }
        List<ReviewTables.Cell> rest = new ArrayList<>();
        boolean anyRest = false;
        for (int i = 0; i < shown.size(); i++) {
            IndicatorValue value = shown.get(i);
            if (value.indicator().kind().isSum() && value.value() != null && !children.isEmpty()) {
                BigDecimal remainder = value.value().subtract(carried[i] == null ? BigDecimal.ZERO : carried[i]);
                anyRest |= remainder.signum() != 0;
                rest.add(new ReviewTables.Cell(remainder, null, null));
            } else {
                rest.add(ReviewTables.Cell.EMPTY);
            }
        }
        if (anyRest) {
            childRows.add(new ReviewTables.ChildRow(null, null, rest));
        }
        return new ReviewTables.MovementTable(total.movementCode(), name, years, rows, childRows);
    }

    /** One cell per year of the range: sums add their periods, shares take the last answered period. */
    static List<ReviewTables.Cell> byYear(IndicatorValue value, List<Integer> years) {
        Map<Integer, ReviewTables.Cell> cells = new LinkedHashMap<>();
        years.forEach(year -> cells.put(year, ReviewTables.Cell.EMPTY));
        boolean sum = value.indicator().kind().isSum();
        for (IndicatorValue.PeriodValue period : value.periods()) {
            int year = period.period().year();
            ReviewTables.Cell before = cells.get(year);
            if (before == null) {
                continue;
            }
            if (sum) {
                BigDecimal amount = period.value() == null ? BigDecimal.ZERO : period.value();
                cells.put(year, new ReviewTables.Cell(before.value() == null ? amount : before.value().add(amount),
                        null, null));
            } else if (period.denominator() != null && period.denominator() > 0) {
                cells.put(year, new ReviewTables.Cell(period.value(), period.numerator(), period.denominator()));
            }
        }
        return List.copyOf(cells.values());
    }

    private static IndicatorValue find(Rollup rollup, String code) {
        return rollup.values() == null ? null : rollup.values().stream()
                .filter(v -> v.indicator().code().equals(code)).findFirst().orElse(null);
    }
}
