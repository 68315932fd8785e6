package vn.thidua.movement;

/** How often a movement's units report: yearly, half-yearly or quarterly. */
public enum PeriodKind {
    YEAR, HALF, QUARTER;

    public String messageKey() {
        return "period.kind." + name();
    }
}
