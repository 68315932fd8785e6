package vn.thidua.commendation.registry;

import java.io.Serializable;

/**
 * A registry search as the user gives it: a name typed with or without diacritics, a unit code (a unit of today, or
 * one that no longer exists), a year, an award type code and a movement code. Blank means "any".
 */
public record AwardSearch(String q, String unit, Integer year, String awardType, String movement)
        implements Serializable {

    public static final AwardSearch ANY = new AwardSearch(null, null, null, null, null);
}
