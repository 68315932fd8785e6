package vn.thidua.commendation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.thidua.identity.Role;

/**
 * Who is told of a nomination's step, by the state it reached: arrival to the receiving unit's officers (those the
 * table lets receive it), a return to the proposing unit's officers and leaders (who resubmit), a vote to the
 * council of the holding unit, a decision or rejection to the proposing unit's officers and leaders; nobody else.
 */
class NominationNoticeTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "SUBMITTED      | ARRIVED     | holder   | OFFICER",
            "FORWARDED      | ARRIVED     | holder   | OFFICER",
            "RETURNED       | RETURNED    | proposer | OFFICER LEADER",
            "COUNCIL_VOTE   | VOTE_NEEDED | council  | -",
            "DECIDED        | DECIDED     | proposer | OFFICER LEADER",
            "REJECTED       | REJECTED    | proposer | OFFICER LEADER",
            "DRAFT          | -           | -        | -",
            "RECEIVED       | -           | -        | -",
            "APPRAISED      | -           | -        | -",
            "PUBLIC_COMMENT | -           | -        | -",
            "APPROVED       | -           | -        | -",
            "WITHDRAWN      | -           | -        | -"})
    void whoIsToldOfEachState(NominationState state, NominationNotice expected, String where, String roles) {
        Optional<NominationNotice> notice = NominationNotice.after(state);

        assertThat(notice).isEqualTo(Optional.ofNullable(expected));
        notice.ifPresent(n -> {
            assertThat(n.toCouncil()).isEqualTo(where.equals("council"));
            assertThat(n.atHolder()).isEqualTo(!where.equals("proposer"));
            assertThat(n.roles(state)).isEqualTo(roles == null ? Set.of()
                    : Set.of(roles.split(" ")).stream().map(Role::valueOf).collect(java.util.stream.Collectors.toSet()));
            assertThat(n.messageKey()).startsWith("notice.nomination.");
        });
    }
}
