package vn.thidua.commendation.eligibility;

import java.util.Optional;
import vn.thidua.commendation.Refusal;

/** One eligibility rule: whether an award type uses it, and why a nominee fails it (empty when they pass). */
public interface EligibilityRule {

    /** The rule's name in configuration and messages, e.g. ONCE_ONLY. */
    String code();

    boolean appliesTo(EligibilitySettings settings);

    Optional<Refusal> check(Candidate candidate, NomineeRecord record);
}
