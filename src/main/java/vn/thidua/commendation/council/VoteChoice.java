package vn.thidua.commendation.council;

import java.util.Locale;
import vn.thidua.platform.error.BusinessException;

/** A council member's choice on a nomination: agree, disagree, or abstain (counted among the votes cast). */
public enum VoteChoice {
    AGREE, DISAGREE, ABSTAIN;

    public String messageKey() {
        return "council.choice." + name();
    }

    /** The choice named (any case), or a clear refusal. */
    public static VoteChoice parse(String name) {
        try {
            return valueOf(name.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new BusinessException("council.choice.unknown", String.valueOf(name));
        }
    }
}
