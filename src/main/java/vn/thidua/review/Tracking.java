package vn.thidua.review;

import java.math.BigDecimal;
import java.util.List;
import vn.thidua.movement.IndicatorKind;

/**
 * How the next term's targets set by a review are met, year by year: for a target an indicator measures, each
 * year's rolled-up value, the target of that year and the attainment; a year not reported yet has no value.
 * {@code mayChange}: whether the caller may set the targets (the review's version is that to send).
 */
public record Tracking(long reviewId, long version, boolean mayChange, String unitCode, String unitName, int from,
                       int to, List<Line> lines) {

    /** One target; {@code years} empty when no indicator measures it. */
    public record Line(int seq, String description, String movement, String indicator, String indicatorName,
                       IndicatorKind kind, String unitOfMeasure, BigDecimal amount, List<Year> years) {
    }

    /** One year of the term. */
    public record Year(int year, BigDecimal value, Long numerator, Long denominator, BigDecimal target,
                       BigDecimal attainment) {
    }
}
