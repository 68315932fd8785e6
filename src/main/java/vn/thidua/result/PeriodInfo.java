package vn.thidua.result;

import java.time.LocalDate;
import vn.thidua.movement.ReportingPeriod;

/** A reporting period as the roll-up sees it. */
public record PeriodInfo(long id, String code, int year, LocalDate asOf) {

    public static PeriodInfo of(ReportingPeriod period) {
        return new PeriodInfo(period.getId(), period.getCode(), period.getYear(), period.getAsOf());
    }
}
