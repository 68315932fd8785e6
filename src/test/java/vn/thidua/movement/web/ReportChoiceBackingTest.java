package vn.thidua.movement.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.thidua.movement.PeriodKind;
import vn.thidua.movement.PeriodView;

class ReportChoiceBackingTest {

    private static final List<PeriodView> HALVES = List.of(half(2025, 1), half(2025, 2), half(2026, 1), half(2026, 2));

    private static PeriodView half(int year, int seq) {
        LocalDate start = LocalDate.of(year, seq == 1 ? 1 : 7, 1);
        LocalDate end = start.plusMonths(6).minusDays(1);
        return new PeriodView(year + "-H" + seq, PeriodKind.HALF, year, seq, start, end, end);
    }

    @Test
    void thePeriodOfferedFirstIsTheOneUnderWay() {
        assertThat(ReportChoiceBacking.current(HALVES, LocalDate.of(2025, 9, 15))).isEqualTo("2025-H2");
    }

    @Test
    void afterTheMovementTheLastPeriodIsOffered() {
        assertThat(ReportChoiceBacking.current(HALVES, LocalDate.of(2027, 3, 1))).isEqualTo("2026-H2");
    }

    @Test
    void beforeTheMovementTheFirstPeriodIsOffered() {
        assertThat(ReportChoiceBacking.current(HALVES, LocalDate.of(2024, 12, 31))).isEqualTo("2025-H1");
    }

    @Test
    void aMovementWithoutPeriodsOffersNone() {
        assertThat(ReportChoiceBacking.current(List.of(), LocalDate.of(2025, 1, 1))).isNull();
    }
}
