package vn.thidua.commendation;

import java.util.Locale;
import vn.thidua.platform.error.BusinessException;

/** Who an award can be given to: a person, a collective (an organisation, a residential area…) or a household. */
public enum RecipientKind {
    INDIVIDUAL, COLLECTIVE, HOUSEHOLD;

    public String messageKey() {
        return "nominee.kind." + name();
    }

    public static RecipientKind parse(String name) {
        try {
            return valueOf(name.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new BusinessException("nominee.kind.unknown", String.valueOf(name));
        }
    }
}
