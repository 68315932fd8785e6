package vn.thidua.commendation.eligibility;

import java.util.List;
import java.util.Optional;

/** The rules an award type uses, chosen from its settings, and the check of a nominee against them all. */
public final class Eligibility {

    /** Every rule, in the order their refusals are reported. */
    public static final List<EligibilityRule> RULES = List.of(new NoPendingCase(), new NotPosthumous(),
            new OnceOnly(), new AchievementOnce(), new ConsecutiveTitles());

    private Eligibility() {
    }

    public static List<EligibilityRule> rulesFor(EligibilitySettings settings) {
        return RULES.stream().filter(rule -> rule.appliesTo(settings)).toList();
    }

    /** Why the nominee may not receive the award, one reason per failed rule; empty when eligible. */
    public static List<vn.thidua.commendation.Refusal> check(Candidate candidate, NomineeRecord record) {
        return rulesFor(candidate.settings()).stream().map(rule -> rule.check(candidate, record))
                .flatMap(Optional::stream).toList();
    }
}
