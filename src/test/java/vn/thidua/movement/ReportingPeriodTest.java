package vn.thidua.movement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ReportingPeriodTest {

    @Test
    void aPeriodSpansItsShareOfTheYearAndUsesTheTreeOfItsLastDay() {
        ReportingPeriod q3 = new ReportingPeriod(PeriodKind.QUARTER, 2027, 3);
        assertThat(q3.getStartsOn()).isEqualTo(LocalDate.of(2027, 7, 1));
        assertThat(q3.getEndsOn()).isEqualTo(LocalDate.of(2027, 9, 30));
        assertThat(q3.getAsOf()).isEqualTo(q3.getEndsOn());
        assertThat(q3.getCode()).isEqualTo("2027-Q3");
        ReportingPeriod h2 = new ReportingPeriod(PeriodKind.HALF, 2028, 2);
        assertThat(h2.getStartsOn()).isEqualTo(LocalDate.of(2028, 7, 1));
        assertThat(h2.getEndsOn()).isEqualTo(LocalDate.of(2028, 12, 31));
        assertThat(h2.getCode()).isEqualTo("2028-H2");
        ReportingPeriod year = new ReportingPeriod(PeriodKind.YEAR, 2031, 1);
        assertThat(year.getEndsOn()).isEqualTo(LocalDate.of(2031, 12, 31));
        assertThat(year.getCode()).isEqualTo("2031");
    }

    @Test
    void aMovementCoversThePeriodsOfItsKindWithinItsYears() {
        Movement movement = new Movement("THU", MovementKind.CAMPAIGN, null, PeriodKind.HALF);
        movement.describe("Thử", null, null, 2025, 2026, null);
        assertThat(movement.covers(new ReportingPeriod(PeriodKind.HALF, 2026, 2))).isTrue();
        assertThat(movement.covers(new ReportingPeriod(PeriodKind.YEAR, 2026, 1))).isFalse();
        assertThat(movement.covers(new ReportingPeriod(PeriodKind.HALF, 2027, 1))).isFalse();
    }
}
