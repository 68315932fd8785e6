package vn.thidua.result;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.thidua.movement.IndicatorKind;

/** The roll-up rule of each indicator kind, on hand-made totals and unit counts. */
class RollupRuleTest {

    private static final long COMMUNE = 3;
    private static final long AREA = 4;
    private static final PeriodInfo Y2023 = new PeriodInfo(1, "2023", 2023, LocalDate.of(2023, 12, 31));
    private static final PeriodInfo Y2024 = new PeriodInfo(2, "2024", 2024, LocalDate.of(2024, 10, 31));
    private static final List<PeriodInfo> BOTH = List.of(Y2023, Y2024);

    private final Map<String, RollupRule.Total> totals = new HashMap<>();
    private final Map<String, Long> census = new HashMap<>();
    private final Map<String, BigDecimal> targets = new HashMap<>();
    private final RollupRule.Facts facts = new RollupRule.MapFacts(totals, census, targets);

    private static IndicatorInfo indicator(long id, IndicatorKind kind, long level, long counted) {
        return new IndicatorInfo(id, "I" + id, "Chỉ tiêu " + id, "Indicator " + id, kind, null, level, counted);
    }

    private void total(long indicator, PeriodInfo period, long amount, long yes) {
        totals.put(RollupRule.MapFacts.key(indicator, period.id()), new RollupRule.Total(amount, yes, amount > 0 || yes > 0 ? 1 : 0));
    }

    private void units(PeriodInfo period, long level, long count) {
        census.put(RollupRule.MapFacts.key(period.id(), level), count);
    }

    @Test
    void countsAndMoneyAreSummedOverThePeriods() {
        total(10, Y2023, 150, 0);
        total(10, Y2024, 204_175, 0);
        total(11, Y2023, 120_000_000_000L, 0);
        total(11, Y2024, 100_340_000_000L, 0);

        IndicatorValue gifts = RollupRule.apply(indicator(10, IndicatorKind.COUNT, COMMUNE, 10), BOTH, facts);
        IndicatorValue value = RollupRule.apply(indicator(11, IndicatorKind.MONEY, COMMUNE, 11), BOTH, facts);

        assertThat(gifts.value()).isEqualByComparingTo("204325");
        assertThat(gifts.periods()).extracting(p -> p.value().longValue()).containsExactly(150L, 204_175L);
        assertThat(value.value()).isEqualByComparingTo("220340000000");
        assertThat(gifts.numerator()).isNull();
    }

    @Test
    void aPeriodWithoutReportsSumsToZero() {
        total(10, Y2024, 7, 0);
        IndicatorValue gifts = RollupRule.apply(indicator(10, IndicatorKind.COUNT, COMMUNE, 10), BOTH, facts);
        assertThat(gifts.periods().get(0).value()).isEqualByComparingTo("0");
        assertThat(gifts.value()).isEqualByComparingTo("7");
    }

    @Test
    void yesNoRollsUpToTheShareOfAllUnitsBelowCountingThoseThatDidNotReport() {
        // 6 residential areas; 3 said yes, 1 said no, 2 did not report: 3/6, not 3/4 and not an average.
        total(20, Y2023, 0, 3);
        units(Y2023, AREA, 6);

        IndicatorValue held = RollupRule.apply(indicator(20, IndicatorKind.YES_NO, AREA, 20), List.of(Y2023), facts);

        assertThat(held.value()).isEqualByComparingTo("50.00");
        assertThat(held.numerator()).isEqualTo(3);
        assertThat(held.denominator()).isEqualTo(6);
    }

    @Test
    void coverageCountsItsSourceAndIsNotAnAverageOfChildPercentages() {
        // Two communes: one with 1 of 1 area covered (100%), one with 1 of 3 (33%): coverage is 2/4 = 50%, not 66.7%.
        total(20, Y2023, 0, 2);
        units(Y2023, AREA, 4);

        IndicatorValue coverage = RollupRule.apply(indicator(21, IndicatorKind.COVERAGE, AREA, 20), List.of(Y2023),
                facts);

        assertThat(coverage.value()).isEqualByComparingTo("50.00");
        assertThat(coverage.numerator()).isEqualTo(2);
        assertThat(coverage.denominator()).isEqualTo(4);
    }

    @Test
    void overSeveralPeriodsAShareIsThatOfTheLastPeriodInWhichUnitsExisted() {
        total(20, Y2023, 0, 1);
        units(Y2023, AREA, 4);
        total(20, Y2024, 0, 4);
        units(Y2024, AREA, 4);

        IndicatorValue coverage = RollupRule.apply(indicator(21, IndicatorKind.COVERAGE, AREA, 20), BOTH, facts);

        assertThat(coverage.value()).isEqualByComparingTo("100.00");
        assertThat(coverage.periods()).extracting(p -> p.value().toPlainString()).containsExactly("25.00", "100.00");
    }

    @Test
    void aPeriodNobodyAnsweredYetHasNoShareAndTheRangeTakesTheLastAnsweredPeriod() {
        total(20, Y2023, 0, 3);
        units(Y2023, AREA, 4);
        totals.put(RollupRule.MapFacts.key(20, Y2024.id()), new RollupRule.Total(0, 0, 0));
        units(Y2024, AREA, 4);

        IndicatorValue coverage = RollupRule.apply(indicator(21, IndicatorKind.COVERAGE, AREA, 20), BOTH, facts);

        assertThat(coverage.periods().get(1).value()).as("2024: nobody answered").isNull();
        assertThat(coverage.value()).isEqualByComparingTo("75.00");
        assertThat(coverage.denominator()).isEqualTo(4);
    }

    @Test
    void allAnswersNoIsAShareOfZero() {
        totals.put(RollupRule.MapFacts.key(20, Y2023.id()), new RollupRule.Total(0, 0, 4));
        units(Y2023, AREA, 4);
        IndicatorValue held = RollupRule.apply(indicator(20, IndicatorKind.YES_NO, AREA, 20), List.of(Y2023), facts);
        assertThat(held.value()).isEqualByComparingTo("0.00");
    }

    @Test
    void aShareWithNoUnitsBelowHasNoValue() {
        IndicatorValue coverage = RollupRule.apply(indicator(21, IndicatorKind.COVERAGE, AREA, 20), List.of(Y2023),
                facts);
        assertThat(coverage.value()).isNull();
        assertThat(coverage.attainment()).isNull();
    }

    @Test
    void textDoesNotRollUp() {
        IndicatorValue text = RollupRule.apply(indicator(30, IndicatorKind.TEXT, COMMUNE, 30), BOTH, facts);
        assertThat(text.value()).isNull();
        assertThat(text.target()).isNull();
    }

    @Test
    void sumsAddTheirYearlyTargetsAndSharesTakeTheLastYearsTarget() {
        total(10, Y2023, 80, 0);
        total(10, Y2024, 70, 0);
        targets.put(RollupRule.MapFacts.key(10, 2023), BigDecimal.valueOf(100));
        targets.put(RollupRule.MapFacts.key(10, 2024), BigDecimal.valueOf(100));
        total(20, Y2024, 0, 9);
        units(Y2024, AREA, 10);
        targets.put(RollupRule.MapFacts.key(21, 2023), BigDecimal.valueOf(80));
        targets.put(RollupRule.MapFacts.key(21, 2024), BigDecimal.valueOf(100));

        IndicatorValue gifts = RollupRule.apply(indicator(10, IndicatorKind.COUNT, COMMUNE, 10), BOTH, facts);
        IndicatorValue coverage = RollupRule.apply(indicator(21, IndicatorKind.COVERAGE, AREA, 20), BOTH, facts);

        assertThat(gifts.target()).isEqualByComparingTo("200");
        assertThat(gifts.attainment()).isEqualByComparingTo("75.0");
        assertThat(coverage.target()).isEqualByComparingTo("100");
        assertThat(coverage.attainment()).isEqualByComparingTo("90.0");
    }
}
