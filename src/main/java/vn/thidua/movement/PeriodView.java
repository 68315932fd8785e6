package vn.thidua.movement;

import java.time.LocalDate;

/** A reporting period as pages show it: its code ("2025-H1"), kind, year and number in the year, and its days. */
public record PeriodView(String code, PeriodKind kind, int year, int seq, LocalDate startsOn, LocalDate endsOn,
                         LocalDate asOf) {

    static PeriodView of(ReportingPeriod period) {
        return new PeriodView(period.getCode(), period.getKind(), period.getYear(), period.getSeq(),
                period.getStartsOn(), period.getEndsOn(), period.getAsOf());
    }

    /** Whether {@code day} falls in the period. */
    public boolean contains(LocalDate day) {
        return !day.isBefore(startsOn) && !day.isAfter(endsOn);
    }
}
