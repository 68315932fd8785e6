package vn.thidua.commendation.eligibility;

/**
 * An award type's eligibility configuration: given once per nominee; may be given posthumously; requires the title
 * {@code priorTypeCode} in each of the {@code priorYears} years before the nomination's period (0: no such rule).
 */
public record EligibilitySettings(boolean onceOnly, boolean posthumous, String priorTypeCode, String priorTypeName,
                                  int priorYears) {
}
