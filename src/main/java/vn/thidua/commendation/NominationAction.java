package vn.thidua.commendation;

import java.util.Locale;
import vn.thidua.platform.error.BusinessException;

/**
 * What a user asks to do with a nomination; {@link NominationWorkflow} decides whether it may and what follows.
 * The last three are the application's own steps, never a user's: CLOSE_COMMENT when a public comment period ends;
 * TAKE_OVER when the unit holding a dossier has closed and another unit took over its history (the heir holds it);
 * HAND_UP when it closed without an heir (the unit above it on its last day receives it as forwarded).
 */
public enum NominationAction {
    SUBMIT, RECEIVE, APPRAISE, FORWARD, SEND_TO_COUNCIL, PUBLISH, APPROVE, DECIDE, RETURN, REJECT, WITHDRAW,
    CLOSE_COMMENT, TAKE_OVER, HAND_UP;

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
