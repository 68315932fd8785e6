package vn.thidua.commendation.eligibility;

import java.util.Optional;
import vn.thidua.commendation.Refusal;

/** An award that is never given posthumously is not given to a deceased person. */
public final class NotPosthumous implements EligibilityRule {

    @Override
    public String code() {
        return "NOT_POSTHUMOUS";
    }

    @Override
    public boolean appliesTo(EligibilitySettings settings) {
        return !settings.posthumous();
    }

    @Override
    public Optional<Refusal> check(Candidate candidate, NomineeRecord record) {
        return record.deceased() ? Optional.of(Refusal.of("eligibility.posthumous", candidate.awardTypeName()))
                : Optional.empty();
    }
}
