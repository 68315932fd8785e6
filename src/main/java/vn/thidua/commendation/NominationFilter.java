package vn.thidua.commendation;

/**
 * What a list of nominations is narrowed to: a state, an award type (by code) and words of the nominee's name, each
 * optional (null or blank: any).
 */
public record NominationFilter(NominationState state, String awardType, String text) {

    public static final NominationFilter ANY = new NominationFilter(null, null, null);

    public NominationFilter {
        awardType = awardType == null || awardType.isBlank() ? null : awardType.strip();
    }
}
