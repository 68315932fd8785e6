package vn.thidua.commendation.eligibility;

/**
 * The award asked for: its type, and the achievement it rewards (the movement, none for the year's work in
 * general, and the period's first and last year).
 */
public record Candidate(String awardTypeCode, String awardTypeName, EligibilitySettings settings, Long movementId,
                        int yearFrom, int yearTo) {
}
