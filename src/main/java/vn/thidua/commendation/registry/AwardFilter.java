package vn.thidua.commendation.registry;

/**
 * A registry search, resolved: {@code name} in the form of {@code SearchText} (no diacritics, lower case; matched
 * anywhere in the recipient's name), the id of the unit whose family proposed the award, the achievement's year,
 * award type and movement codes. Null means "any".
 */
public record AwardFilter(String name, Long unitId, Integer year, String awardType, String movement) {

    public static final AwardFilter ANY = new AwardFilter(null, null, null, null, null);
}
