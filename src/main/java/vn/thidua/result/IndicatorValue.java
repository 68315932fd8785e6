package vn.thidua.result;

import java.math.BigDecimal;
import java.util.List;

/**
 * An indicator's rolled-up value over a range of periods: a sum (count or VND), or a share of units in percent
 * with its numerator and denominator; the target for the range and the attainment in percent (null without a
 * target); and the value of each period.
 */
public record IndicatorValue(IndicatorInfo indicator, BigDecimal value, Long numerator, Long denominator,
                             BigDecimal target, BigDecimal attainment, List<PeriodValue> periods) {

    /** One period's value. */
    public record PeriodValue(PeriodInfo period, BigDecimal value, Long numerator, Long denominator) {
    }
}
