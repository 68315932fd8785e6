package vn.thidua.result;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.thidua.movement.IndicatorKind;

/**
 * The roll-up rule of each indicator kind, applied to a unit's pre-aggregated totals. Counts and money are summed
 * over the periods. A yes/no answer, and a coverage of one, is the share of the units of the entry level that
 * answered yes, numerator over denominator, never an average of percentages; a unit that did not report counts in
 * the denominator. A period in which nobody answered has no share (rather than 0%). Over several periods a share
 * is that of the last period with answers (a state, not a flow). Text does not roll up.
 */
public final class RollupRule {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private RollupRule() {
    }

    /** Sums of one indicator (counted) in one period: the amount, the yes answers, and how many answered. */
    public record Total(long amount, long yes, long answers) {
        public static final Total NONE = new Total(0, 0, 0);

        public Total plus(Total other) {
            return new Total(amount + other.amount, yes + other.yes, answers + other.answers);
        }
    }

    /** Looks up totals by (counted indicator, period) and census by (period, level). */
    public interface Facts {
        Total total(long indicatorId, long periodId);

        long census(long periodId, long levelId);

        /** The target of an indicator in a year, or null. */
        BigDecimal target(long indicatorId, int year);
    }

    public static IndicatorValue apply(IndicatorInfo indicator, List<PeriodInfo> periods, Facts facts) {
        IndicatorKind kind = indicator.kind();
        List<IndicatorValue.PeriodValue> values = new ArrayList<>();
        for (PeriodInfo period : periods) {
            Total total = facts.total(indicator.countedId(), period.id());
            if (kind.isSum()) {
                values.add(new IndicatorValue.PeriodValue(period, BigDecimal.valueOf(total.amount()), null, null));
            } else if (kind.isShare()) {
                // Until someone answers, a period has no share (not 0%).
                long units = total.answers() == 0 ? 0 : facts.census(period.id(), indicator.entryLevelId());
                values.add(new IndicatorValue.PeriodValue(period, share(total.yes(), units), total.yes(), units));
            } else {
                values.add(new IndicatorValue.PeriodValue(period, null, null, null));
            }
        }
        BigDecimal value = null;
        Long numerator = null;
        Long denominator = null;
        if (kind.isSum()) {
            value = values.stream().map(IndicatorValue.PeriodValue::value).reduce(BigDecimal.ZERO, BigDecimal::add);
        } else if (kind.isShare()) {
            for (IndicatorValue.PeriodValue period : values) {
                if (period.denominator() > 0) {
                    value = period.value();
                    numerator = period.numerator();
                    denominator = period.denominator();
                }
            }
        }
        BigDecimal target = target(indicator, periods, facts);
        return new IndicatorValue(indicator, value, numerator, denominator, target, attainment(value, target),
                List.copyOf(values));
    }

    /** Sums add up their years' targets; shares take the last year's. */
    static BigDecimal target(IndicatorInfo indicator, List<PeriodInfo> periods, Facts facts) {
        BigDecimal result = null;
        int lastYear = -1;
        for (PeriodInfo period : periods) {
            if (period.year() == lastYear) {
                continue;
            }
            lastYear = period.year();
            BigDecimal target = facts.target(indicator.id(), period.year());
            if (target != null) {
                result = indicator.kind().isSum() && result != null ? result.add(target) : target;
            }
        }
        return indicator.kind() == IndicatorKind.TEXT ? null : result;
    }

    static BigDecimal share(long yes, long units) {
        return units == 0 ? null
                : BigDecimal.valueOf(yes).multiply(HUNDRED).divide(BigDecimal.valueOf(units), 2, RoundingMode.HALF_UP);
    }

    static BigDecimal attainment(BigDecimal value, BigDecimal target) {
        return value == null || target == null || target.signum() == 0 ? null
                : value.multiply(HUNDRED).divide(target, 1, RoundingMode.HALF_UP);
    }

    /** Facts from maps, as {@link Rollups} reads them. */
    record MapFacts(Map<String, Total> totals, Map<String, Long> census, Map<String, BigDecimal> targets)
            implements Facts {

        static String key(long a, long b) {
            return a + ":" + b;
        }

        @Override
        public Total total(long indicatorId, long periodId) {
            return totals.getOrDefault(key(indicatorId, periodId), Total.NONE);
        }

        @Override
        public long census(long periodId, long levelId) {
            return census.getOrDefault(key(periodId, levelId), 0L);
        }

        @Override
        public BigDecimal target(long indicatorId, int year) {
            return targets.get(key(indicatorId, year));
        }
    }
}
