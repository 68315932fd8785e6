package vn.thidua.commendation.eligibility;

import java.util.Objects;
import java.util.Optional;
import vn.thidua.commendation.Refusal;

/**
 * One achievement earns one award: no second award, of any type, for the same movement (or for the year's work in
 * general, when there is none) and the same period.
 */
public final class AchievementOnce implements EligibilityRule {

    @Override
    public String code() {
        return "ACHIEVEMENT_ONCE";
    }

    @Override
    public boolean appliesTo(EligibilitySettings settings) {
        return true;
    }

    @Override
    public Optional<Refusal> check(Candidate candidate, NomineeRecord record) {
        return record.awards().stream()
                .filter(a -> Objects.equals(a.movementId(), candidate.movementId())
                        && a.periodFrom() == candidate.yearFrom() && a.periodTo() == candidate.yearTo())
                .findFirst()
                .map(a -> Refusal.of("eligibility.achievementRewarded", a.awardTypeName(), period(a)));
    }

    private static String period(PastAward award) {
        return award.periodFrom() == award.periodTo() ? String.valueOf(award.periodTo())
                : award.periodFrom() + "–" + award.periodTo();
    }
}
