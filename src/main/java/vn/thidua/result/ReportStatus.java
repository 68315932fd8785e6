package vn.thidua.result;

import java.util.Set;

/**
 * Where a result report is in its workflow: the unit edits a draft (or a returned report) and submits it; the
 * parent level approves it or returns it with a reason; an approval becomes locked when the parent's own report is
 * approved, and the approving level may unapprove until then, which reopens the report as a draft.
 */
public enum ReportStatus {
    DRAFT, SUBMITTED, RETURNED, APPROVED, LOCKED;

    public static final Set<ReportStatus> APPROVED_STATES = Set.of(APPROVED, LOCKED);

    public boolean isEditable() {
        return this == DRAFT || this == RETURNED;
    }

    public boolean isApproved() {
        return APPROVED_STATES.contains(this);
    }

    public String messageKey() {
        return "report.status." + name();
    }
}
