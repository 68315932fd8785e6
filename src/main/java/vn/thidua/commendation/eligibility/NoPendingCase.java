package vn.thidua.commendation.eligibility;

import java.util.Optional;
import vn.thidua.commendation.Refusal;

/** Nobody is awarded while a discipline, inspection or complaint about them is pending. */
public final class NoPendingCase implements EligibilityRule {

    @Override
    public String code() {
        return "NO_PENDING_CASE";
    }

    @Override
    public boolean appliesTo(EligibilitySettings settings) {
        return true;
    }

    @Override
    public Optional<Refusal> check(Candidate candidate, NomineeRecord record) {
        return record.pendingCases().stream().findFirst()
                .map(kind -> Refusal.of("eligibility.pendingCase." + kind.name()));
    }
}
