package vn.thidua.commendation.eligibility;

import java.util.Objects;
import java.util.Optional;
import vn.thidua.commendation.Refusal;

/**
 * One achievement earns one award: no second award, of any type, for a movement over a period that overlaps one
 * already rewarded for it (a 2022 award when the nominee holds one for 2019–2024, or the term's when a year of it was
 * rewarded); for the year's work in general (no movement), none for the same period again, since a year's and a
 * term's review reward different work.
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
                .filter(a -> sameAchievement(a, candidate))
                .findFirst()
                .map(a -> Refusal.of("eligibility.achievementRewarded", a.awardTypeName(), period(a)));
    }

    private static boolean sameAchievement(PastAward award, Candidate candidate) {
        if (!Objects.equals(award.movementId(), candidate.movementId())) {
            return false;
        }
        if (candidate.movementId() == null) {
            return award.periodFrom() == candidate.yearFrom() && award.periodTo() == candidate.yearTo();
        }
        return award.periodFrom() <= candidate.yearTo() && candidate.yearFrom() <= award.periodTo();
    }

    private static String period(PastAward award) {
        return award.periodFrom() == award.periodTo() ? String.valueOf(award.periodTo())
                : award.periodFrom() + "–" + award.periodTo();
    }
}
