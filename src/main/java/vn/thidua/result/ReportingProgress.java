package vn.thidua.result;

/** How far a unit's reporting children are for one period: how many in each state, and how many expected. */
public record ReportingProgress(String periodCode, int expected, int notStarted, int draft, int submitted,
                                int returned, int approved) {

    /** Submitted or further (approved included). */
    public int submittedOrApproved() {
        return submitted + approved;
    }
}
