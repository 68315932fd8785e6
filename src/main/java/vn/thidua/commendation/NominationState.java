package vn.thidua.commendation;

import java.util.Locale;
import vn.thidua.platform.error.BusinessException;

/**
 * Where a nomination is in the review chain; {@link NominationWorkflow} says how it moves. DECIDED, REJECTED and
 * WITHDRAWN are final. The proposer edits a DRAFT or a RETURNED dossier.
 */
public enum NominationState {
    DRAFT, SUBMITTED, RECEIVED, APPRAISED, FORWARDED, COUNCIL_VOTE, PUBLIC_COMMENT, APPROVED, DECIDED,
    RETURNED, REJECTED, WITHDRAWN;

    public boolean isFinal() {
        return this == DECIDED || this == REJECTED || this == WITHDRAWN;
    }

    public boolean isEditable() {
        return this == DRAFT || this == RETURNED;
    }

    public String messageKey() {
        return "nomination.state." + name();
    }

    /** The state named (any case), or a clear refusal. */
    public static NominationState parse(String name) {
        try {
            return valueOf(name.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new BusinessException("nomination.state.unknown", String.valueOf(name));
        }
    }
}
