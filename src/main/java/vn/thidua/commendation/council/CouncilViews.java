package vn.thidua.commendation.council;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import vn.thidua.commendation.NominationState;

/** What pages and the API show of the council. No view holds a member's choice: only counts of a closed session. */
public final class CouncilViews {

    private CouncilViews() {
    }

    /** A seat on the council. */
    public record Member(long id, long version, String username, String displayName, boolean secretary,
                         LocalDate validFrom, LocalDate validTo) {
    }

    /** A session in a list. */
    public record SessionSummary(long id, String title, LocalDate heldOn, SessionStatus status, int items) {
    }

    /** A member, named, e.g. among those who have voted or not yet. */
    public record Person(long memberId, String name) {
    }

    /** Who has voted on an item, by name (never in the order they voted); {@code written}: by written vote. */
    public record Voter(String name, boolean written) {
    }

    /**
     * The fixed result of an item of a closed session: the votes counted over all {@code members} of the council
     * on the session's day; passed when agree &gt;= threshold x members.
     */
    public record Result(int agree, int disagree, int abstain, int members, BigDecimal threshold, boolean passed) {

        public int notVoted() {
            return Math.max(0, members - agree - disagree - abstain);
        }
    }

    /**
     * A nomination on a session's agenda: how many have voted and who, whether the reader has, and the result once
     * the session is closed (null before).
     */
    public record AgendaItem(long nominationId, String nomineeName, String awardType, String awardTypeName,
                             NominationState state, int votesCast, List<Voter> voters, List<Person> notVoted,
                             boolean voted, Result result) {
    }

    /**
     * A session as its reader sees it: {@code council} are its members (those of the council on its day, all of
     * whom count toward a threshold). {@code manage}: the reader may change the agenda and close the session;
     * {@code secretary}: may enter written votes; {@code member}: sits on the council that day.
     */
    public record Session(long id, long version, String unitCode, String unitName, String title, LocalDate heldOn,
                          SessionStatus status, String minutes, String createdBy, Instant closedAt, int members,
                          List<Person> council, boolean manage, boolean secretary, boolean member,
                          List<AgendaItem> items) {
    }

    /** The votes on a nomination in its current (or last closed) session: counts only once closed. */
    public record Tally(long nominationId, Long sessionId, SessionStatus status, int members, int votesCast,
                        boolean voted, Result result) {
    }

    /** A nomination that may go on an agenda. */
    public record Candidate(long nominationId, String nomineeName, String awardTypeName) {
    }
}
