package vn.thidua.commendation.eligibility;

import java.util.Optional;
import vn.thidua.commendation.Refusal;

/** An award given once per nominee (the commemorative medal) is not given a second time. */
public final class OnceOnly implements EligibilityRule {

    @Override
    public String code() {
        return "ONCE_ONLY";
    }

    @Override
    public boolean appliesTo(EligibilitySettings settings) {
        return settings.onceOnly();
    }

    @Override
    public Optional<Refusal> check(Candidate candidate, NomineeRecord record) {
        return record.awards().stream().filter(a -> a.awardTypeCode().equals(candidate.awardTypeCode())).findFirst()
                .map(a -> Refusal.of("eligibility.onceOnly", candidate.awardTypeName(), String.valueOf(a.year())));
    }
}
