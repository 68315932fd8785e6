package vn.thidua.commendation.eligibility;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import vn.thidua.commendation.Refusal;

/**
 * An award that builds on a title needs that title in each of the N years just before the nomination's period:
 * with N = 2, a nomination for 2025 needs it for 2023 and 2024.
 */
public final class ConsecutiveTitles implements EligibilityRule {

    @Override
    public String code() {
        return "CONSECUTIVE_TITLES";
    }

    @Override
    public boolean appliesTo(EligibilitySettings settings) {
        return settings.priorYears() > 0 && settings.priorTypeCode() != null;
    }

    @Override
    public Optional<Refusal> check(Candidate candidate, NomineeRecord record) {
        EligibilitySettings settings = candidate.settings();
        int first = candidate.yearFrom() - settings.priorYears();
        List<Integer> missing = IntStream.range(first, candidate.yearFrom()).boxed()
                .filter(year -> record.awards().stream().noneMatch(a -> a.year() == year
                        && a.awardTypeCode().equals(settings.priorTypeCode())))
                .toList();
        if (missing.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(Refusal.of("eligibility.consecutiveTitles", candidate.awardTypeName(),
                settings.priorTypeName(), settings.priorYears(), String.valueOf(first),
                String.valueOf(candidate.yearFrom() - 1),
                missing.stream().map(String::valueOf).collect(Collectors.joining(", "))));
    }
}
