package vn.thidua.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import vn.thidua.movement.PeriodKind;
import vn.thidua.movement.ReportingPeriod;
import vn.thidua.result.Discipline;

/** Demo reports are sent around their period's closing day, a few of them late, so that a review has some to name. */
class DemoSubmissionsTest {

    @Test
    void aboutOneDemoReportInAHundredIsSentLate() {
        ReportingPeriod year = new ReportingPeriod(PeriodKind.YEAR, 2023, 1);
        LocalDate deadline = year.getAsOf().plusDays(Discipline.GRACE_DAYS);
        long late = LongStream.rangeClosed(1, 2000)
                .filter(unit -> DemoResults.sentOn(unit, year).toLocalDate().isAfter(deadline)).count();
        assertThat(late).isBetween(10L, 40L);
        assertThat(DemoResults.sentOn(42, year)).as("the same every time").isEqualTo(DemoResults.sentOn(42, year));
    }
}
