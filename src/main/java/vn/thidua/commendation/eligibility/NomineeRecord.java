package vn.thidua.commendation.eligibility;

import java.util.List;

/** What the rules know about a nominee: deceased or not, the awards received, the cases still pending. */
public record NomineeRecord(boolean deceased, List<PastAward> awards, List<CaseKind> pendingCases) {

    public NomineeRecord {
        awards = List.copyOf(awards);
        pendingCases = List.copyOf(pendingCases);
    }
}
