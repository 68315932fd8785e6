package vn.thidua.movement;

/**
 * What an indicator measures, which decides how it is entered and rolled up: counts and money (whole VND) are
 * summed; a yes/no answer rolls up to the share of units that said yes; a coverage is that share for its source
 * yes/no indicator, computed and never typed; text is kept with the report and not rolled up.
 */
public enum IndicatorKind {
    COUNT, MONEY, YES_NO, COVERAGE, TEXT;

    /** Whether the value is a sum of amounts (as opposed to a share of units, or text). */
    public boolean isSum() {
        return this == COUNT || this == MONEY;
    }

    /** Whether the value at a unit above the entry level is a share of units. */
    public boolean isShare() {
        return this == YES_NO || this == COVERAGE;
    }

    /** Whether a unit types this value in its report (a coverage is computed from its source). */
    public boolean isTyped() {
        return this != COVERAGE;
    }

    public String messageKey() {
        return "indicator.kind." + name();
    }
}
