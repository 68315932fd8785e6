package vn.thidua.commendation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The threshold is a share of all council members, reached from that share upward ("từ ...% trở lên"). */
class CouncilTallyTest {

    @ParameterizedTest(name = "{0} of {1} members, threshold {2}: passed {3}")
    @CsvSource({
            "3, 5, 0.5,   true",
            "2, 5, 0.5,   false",
            "2, 4, 0.5,   true",
            "5, 5, 1,     true",
            "4, 5, 1,     false",
            "4, 6, 0.667, false",
            "5, 7, 0.7,   true",
            "0, 0, 0.5,   false",
    })
    void aVotePassesWhenAgreeVotesReachTheThresholdOfAllMembers(long agree, long members, String threshold,
                                                              boolean passed) {
        assertThat(new CouncilTally(agree, members, new BigDecimal(threshold)).passed()).isEqualTo(passed);
    }
}
