package vn.thidua.commendation;

import java.util.Locale;
import vn.thidua.platform.error.BusinessException;

/** A nominated person's gender, as certificates and decisions print it (Ông / Bà). */
public enum Gender {
    MALE, FEMALE;

    /** The gender named, null when blank, or a clear refusal. */
    public static Gender parse(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        try {
            return valueOf(name.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BusinessException("nominee.gender.unknown", name);
        }
    }
}
