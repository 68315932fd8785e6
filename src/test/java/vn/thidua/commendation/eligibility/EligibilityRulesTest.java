package vn.thidua.commendation.eligibility;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.thidua.commendation.Refusal;

/**
 * Each eligibility rule on in-memory facts. Awards in the tables are written "TYPE:year" (a one-year period, no
 * movement) or "TYPE:from-to:movement".
 */
class EligibilityRulesTest {

    private static final EligibilitySettings PLAIN = new EligibilitySettings(false, true, null, null, 0);
    private static final EligibilitySettings MEDAL = new EligibilitySettings(true, false, null, null, 0);
    private static final EligibilitySettings FLAG = new EligibilitySettings(false, true, "GIAY_KHEN", "Giấy khen", 2);

    @ParameterizedTest(name = "{0} with awards [{1}]: {2}")
    @CsvSource(delimiter = '|', value = {
            "KY_NIEM_CHUONG | ''                            | eligible",
            "KY_NIEM_CHUONG | BANG_KHEN:2020 GIAY_KHEN:2021  | eligible",
            "KY_NIEM_CHUONG | KY_NIEM_CHUONG:2019            | eligibility.onceOnly",
            "BANG_KHEN      | BANG_KHEN:2019 BANG_KHEN:2020  | eligible",
    })
    void onceOnly(String type, String awards, String expected) {
        EligibilitySettings settings = type.equals("KY_NIEM_CHUONG") ? MEDAL : PLAIN;
        Candidate candidate = new Candidate(type, type, settings, null, 2025, 2025);

        assertThat(outcome(new OnceOnly(), candidate, record(false, awards))).isEqualTo(expected);
    }

    @Test
    void anOverlappingAwardIsNamedWithItsPeriod() {
        Candidate candidate = new Candidate("GIAY_KHEN", "Giấy khen", PLAIN, 7L, 2022, 2022);

        Refusal refusal = new AchievementOnce().check(candidate, record(false, "BANG_KHEN:2019-2024:7")).orElseThrow();

        assertThat(refusal.arguments()).containsExactly("BANG KHEN", "2019–2024");
    }

    @Test
    void onceOnlyNamesTheYearOfTheFirstAward() {
        Candidate medal = new Candidate("KY_NIEM_CHUONG", "Kỷ niệm chương", MEDAL, null, 2025, 2025);

        Refusal refusal = new OnceOnly().check(medal, record(false, "KY_NIEM_CHUONG:2019")).orElseThrow();

        assertThat(refusal.arguments()).containsExactly("Kỷ niệm chương", "2019");
    }

    @ParameterizedTest(name = "posthumous allowed {0}, deceased {1}: {2}")
    @CsvSource({
            "false, false, eligible",
            "false, true,  eligibility.posthumous",
            "true,  true,  eligible",
            "true,  false, eligible",
    })
    void notPosthumous(boolean posthumousAllowed, boolean deceased, String expected) {
        EligibilitySettings settings = new EligibilitySettings(false, posthumousAllowed, null, null, 0);
        Candidate candidate = new Candidate("T", "T", settings, null, 2025, 2025);

        assertThat(outcome(new NotPosthumous(), candidate, record(deceased, ""))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "flag for {0}, awards [{1}]: {2} (missing {3})")
    @CsvSource(delimiter = '|', value = {
            "2025 | GIAY_KHEN:2023 GIAY_KHEN:2024             | eligible                        | ''",
            "2025 | GIAY_KHEN:2022 GIAY_KHEN:2023 GIAY_KHEN:2024 | eligible                     | ''",
            "2025 | GIAY_KHEN:2024                            | eligibility.consecutiveTitles   | 2023",
            "2025 | GIAY_KHEN:2022 GIAY_KHEN:2024             | eligibility.consecutiveTitles   | 2023",
            "2025 | BANG_KHEN:2023 BANG_KHEN:2024             | eligibility.consecutiveTitles   | 2023, 2024",
            "2025 | GIAY_KHEN:2024 GIAY_KHEN:2025             | eligibility.consecutiveTitles   | 2023",
            "2025 | ''                                        | eligibility.consecutiveTitles   | 2023, 2024",
    })
    void consecutiveTitles(int year, String awards, String expected, String missing) {
        Candidate flag = new Candidate("CO_THI_DUA", "Cờ thi đua", FLAG, null, year, year);

        Optional<Refusal> refusal = new ConsecutiveTitles().check(flag, record(false, awards));

        assertThat(refusal.map(Refusal::key).orElse("eligible")).isEqualTo(expected);
        refusal.ifPresent(r -> assertThat(r.arguments()).containsExactly("Cờ thi đua", "Giấy khen", 2, "2023", "2024",
                missing));
    }

    @ParameterizedTest(name = "asked {0} (movement {1}), awards [{2}]: {3}")
    @CsvSource(delimiter = '|', value = {
            "2024-2024 | 7 | GIAY_KHEN:2024-2024:7     | eligibility.achievementRewarded",
            "2024-2024 | 7 | GIAY_KHEN:2024-2024:8     | eligible",
            "2024-2024 | 7 | GIAY_KHEN:2024-2024:-     | eligible",
            "2019-2024 | 7 | BANG_KHEN:2024-2024:7     | eligibility.achievementRewarded",
            "2019-2024 | 7 | BANG_KHEN:2019-2024:7     | eligibility.achievementRewarded",
            "2022-2022 | 7 | BANG_KHEN:2019-2024:7     | eligibility.achievementRewarded",
            "2024-2025 | 7 | BANG_KHEN:2019-2024:7     | eligibility.achievementRewarded",
            "2017-2019 | 7 | BANG_KHEN:2019-2024:7     | eligibility.achievementRewarded",
            "2025-2025 | 7 | BANG_KHEN:2019-2024:7     | eligible",
            "2014-2018 | 7 | BANG_KHEN:2019-2024:7     | eligible",
            "2022-2022 | 8 | BANG_KHEN:2019-2024:7     | eligible",
            "2022-2022 | - | BANG_KHEN:2019-2024:7     | eligible",
            "2024-2024 | - | BANG_KHEN:2024-2024:-     | eligibility.achievementRewarded",
            "2019-2024 | - | BANG_KHEN:2019-2024:-     | eligibility.achievementRewarded",
            "2024-2024 | - | BANG_KHEN:2023-2023:-     | eligible",
            "2022-2022 | - | BANG_KHEN:2019-2024:-     | eligible",
    })
    void achievementOnce(String period, String movement, String awards, String expected) {
        String[] years = period.split("-");
        Candidate candidate = new Candidate("BANG_KHEN", "Bằng khen", PLAIN, movement(movement),
                Integer.parseInt(years[0]), Integer.parseInt(years[1]));

        assertThat(outcome(new AchievementOnce(), candidate, record(false, awards))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "pending [{0}]: {1}")
    @CsvSource(delimiter = '|', value = {
            "''                    | eligible",
            "DISCIPLINE            | eligibility.pendingCase.DISCIPLINE",
            "INSPECTION            | eligibility.pendingCase.INSPECTION",
            "COMPLAINT             | eligibility.pendingCase.COMPLAINT",
            "COMPLAINT DISCIPLINE  | eligibility.pendingCase.COMPLAINT",
    })
    void noPendingCase(String cases, String expected) {
        List<CaseKind> pending = cases.isBlank() ? List.of()
                : java.util.Arrays.stream(cases.trim().split("\\s+")).map(CaseKind::valueOf).toList();
        NomineeRecord record = new NomineeRecord(false, List.of(), pending);
        Candidate candidate = new Candidate("BANG_KHEN", "Bằng khen", PLAIN, null, 2025, 2025);

        assertThat(outcome(new NoPendingCase(), candidate, record)).isEqualTo(expected);
    }

    @Test
    void eachAwardTypeUsesTheRulesItsSettingsChoose() {
        assertThat(Eligibility.rulesFor(PLAIN)).extracting(EligibilityRule::code)
                .containsExactly("NO_PENDING_CASE", "ACHIEVEMENT_ONCE");
        assertThat(Eligibility.rulesFor(MEDAL)).extracting(EligibilityRule::code)
                .containsExactly("NO_PENDING_CASE", "NOT_POSTHUMOUS", "ONCE_ONLY", "ACHIEVEMENT_ONCE");
        assertThat(Eligibility.rulesFor(FLAG)).extracting(EligibilityRule::code)
                .containsExactly("NO_PENDING_CASE", "ACHIEVEMENT_ONCE", "CONSECUTIVE_TITLES");
    }

    @Test
    void aNomineeFailingSeveralRulesIsGivenEveryReasonInTheRulesOrder() {
        Candidate medal = new Candidate("KY_NIEM_CHUONG", "Kỷ niệm chương", MEDAL, null, 2025, 2025);
        NomineeRecord record = new NomineeRecord(true, awards("KY_NIEM_CHUONG:2025"), List.of(CaseKind.COMPLAINT));

        assertThat(Eligibility.check(medal, record)).extracting(Refusal::key).containsExactly(
                "eligibility.pendingCase.COMPLAINT", "eligibility.posthumous", "eligibility.onceOnly",
                "eligibility.achievementRewarded");
        assertThat(Eligibility.check(medal, new NomineeRecord(false, List.of(), List.of()))).isEmpty();
    }

    /** The rule's answer, "eligible" also when the award type does not use the rule. */
    private static String outcome(EligibilityRule rule, Candidate candidate, NomineeRecord record) {
        if (!rule.appliesTo(candidate.settings())) {
            return "eligible";
        }
        return rule.check(candidate, record).map(Refusal::key).orElse("eligible");
    }

    private static NomineeRecord record(boolean deceased, String awards) {
        return new NomineeRecord(deceased, awards(awards), List.of());
    }

    private static List<PastAward> awards(String text) {
        List<PastAward> awards = new ArrayList<>();
        for (String item : text.trim().split("\\s+")) {
            if (item.isEmpty()) {
                continue;
            }
            String[] parts = item.split(":");
            int from;
            int to;
            Long movement = null;
            if (parts[1].contains("-")) {
                from = Integer.parseInt(parts[1].split("-")[0]);
                to = Integer.parseInt(parts[1].split("-")[1]);
                movement = movement(parts[2]);
            } else {
                from = to = Integer.parseInt(parts[1]);
            }
            awards.add(new PastAward(parts[0], parts[0].replace('_', ' '), to, from, to, movement));
        }
        return awards;
    }

    private static Long movement(String text) {
        return text.equals("-") ? null : Long.valueOf(text);
    }
}
