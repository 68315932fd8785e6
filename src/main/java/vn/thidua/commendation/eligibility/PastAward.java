package vn.thidua.commendation.eligibility;

/** An award the nominee received: its type, the achievement's year and period, and the movement (or none). */
public record PastAward(String awardTypeCode, String awardTypeName, int year, int periodFrom, int periodTo,
                        Long movementId) {
}
