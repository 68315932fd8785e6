package vn.thidua.commendation;

/** A line of the nominations list; {@code unitCode} is the proposing unit's. */
public record NominationSummary(long id, String nomineeName, String awardType, NominationState state,
                                String unitCode) {
}
