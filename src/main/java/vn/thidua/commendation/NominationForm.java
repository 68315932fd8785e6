package vn.thidua.commendation;

/**
 * What a proposer fills in: an existing nominee ({@code nomineeId}) or a new one ({@code nominee}); the award type
 * by code; the proposing unit by code (optional when the caller proposes for one unit only); the movement by code
 * (none for the year's work in general); the period; the achievement summary. {@code version}: the version last read,
 * for an update.
 */
public record NominationForm(Long version, Long nomineeId, NewNominee nominee, String awardType, String unitCode,
                             String movement, Integer yearFrom, Integer yearTo, String summary) {

    public static final NominationForm EMPTY = new NominationForm(null, null, null, null, null, null, null, null, null);

    /** A nominee recorded with the dossier: kind INDIVIDUAL, COLLECTIVE or HOUSEHOLD; personal data for people. */
    public record NewNominee(String kind, String name, Integer birthYear, String gender, String jobTitle,
                             Boolean deceased) {
    }
}
