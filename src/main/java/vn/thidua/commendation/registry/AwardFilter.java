package vn.thidua.commendation.registry;

/**
 * A registry search, resolved: {@code name} in the form of {@code SearchText} (no diacritics, lower case; each of
 * its words matched at the start of a word of the recipient's name, "nguyen a" finding "Nguyễn Văn An"), the id of
 * the unit whose family proposed the award, the achievement's year, award type and movement codes. Null means "any".
 */
public record AwardFilter(String name, Long unitId, Integer year, String awardType, String movement) {

    public static final AwardFilter ANY = new AwardFilter(null, null, null, null, null);
}
