package vn.thidua.movement;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import vn.thidua.platform.persistence.BaseEntity;

/**
 * A year, half-year or quarter. {@code asOf} is the day whose structure the period's reports use (the 2024 reports
 * closed on 31/10/2024, before the November rearrangement), so a report's unit and its ancestors are those of that
 * day.
 */
@Entity
@Cacheable
@Table(name = "reporting_period")
public class ReportingPeriod extends BaseEntity {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private PeriodKind kind;

    @Column(name = "period_year", nullable = false)
    private int year;

    @Column(nullable = false)
    private int seq;

    @Column(name = "starts_on", nullable = false)
    private LocalDate startsOn;

    @Column(name = "ends_on", nullable = false)
    private LocalDate endsOn;

    @Column(name = "as_of", nullable = false)
    private LocalDate asOf;

    protected ReportingPeriod() {
    }

    /** The {@code seq}-th period of its kind in {@code year}; its structure day is its last day. */
    public ReportingPeriod(PeriodKind kind, int year, int seq) {
        int months = 12 / kind.perYear();
        this.kind = kind;
        this.year = year;
        this.seq = seq;
        this.startsOn = LocalDate.of(year, (seq - 1) * months + 1, 1);
        this.endsOn = startsOn.plusMonths(months).minusDays(1);
        this.asOf = endsOn;
    }

    public PeriodKind getKind() {
        return kind;
    }

    public int getYear() {
        return year;
    }

    public int getSeq() {
        return seq;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public LocalDate getAsOf() {
        return asOf;
    }

    /** "2024", "6T1/2025" style labels come from the bundle; this is the stable code, e.g. 2024, 2025-H1, 2025-Q3. */
    public String getCode() {
        return switch (kind) {
            case YEAR -> String.valueOf(year);
            case HALF -> year + "-H" + seq;
            case QUARTER -> year + "-Q" + seq;
        };
    }
}
