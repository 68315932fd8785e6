package vn.thidua.commendation;

import java.util.Locale;
import vn.thidua.platform.error.BusinessException;

/**
 * What a user asks to do with a nomination; {@link NominationWorkflow} decides whether it may and what follows.
 * CLOSE_COMMENT is the application's own step when a public comment period ends, never a user's.
 */
public enum NominationAction {
    SUBMIT, RECEIVE, APPRAISE, FORWARD, SEND_TO_COUNCIL, PUBLISH, APPROVE, DECIDE, RETURN, REJECT, WITHDRAW,
    CLOSE_COMMENT;

    public String messageKey() {
        return "nomination.action." + name();
    }

    /** The action named, in any case, with '-' or '_' ("send-to-council"), or a clear refusal. */
    public static NominationAction parse(String name) {
        try {
            return valueOf(name.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new BusinessException("nomination.action.unknown", String.valueOf(name));
        }
    }
}
