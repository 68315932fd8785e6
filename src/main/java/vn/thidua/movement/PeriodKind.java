package vn.thidua.movement;

/** How often a movement's units report: yearly, half-yearly or quarterly. */
public enum PeriodKind {
    YEAR(1), HALF(2), QUARTER(4);

    private final int perYear;

    PeriodKind(int perYear) {
        this.perYear = perYear;
    }

    /** How many periods of this kind a year has. */
    public int perYear() {
        return perYear;
    }

    public String messageKey() {
        return "period.kind." + name();
    }
}
