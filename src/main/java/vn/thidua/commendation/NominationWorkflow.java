package vn.thidua.commendation;

import static vn.thidua.commendation.Guard.COMMENT_CLOSED;
import static vn.thidua.commendation.Guard.COMPLETE;
import static vn.thidua.commendation.Guard.COUNCIL_VOTES;
import static vn.thidua.commendation.Guard.ELIGIBLE;
import static vn.thidua.commendation.Guard.HEIR;
import static vn.thidua.commendation.Guard.HOLDER_CLOSED;
import static vn.thidua.commendation.Guard.NOT_DRAFTER;
import static vn.thidua.commendation.Guard.NOT_IN_OPEN_SESSION;
import static vn.thidua.commendation.Guard.NO_HEIR;
import static vn.thidua.commendation.Guard.NO_COUNCIL_VOTE;
import static vn.thidua.commendation.Guard.NO_PUBLIC_COMMENT;
import static vn.thidua.commendation.Guard.PUBLIC_COMMENT;
import static vn.thidua.commendation.Guard.REASON_GIVEN;
import static vn.thidua.commendation.Guard.VOTE_PASSED;
import static vn.thidua.commendation.NominationAction.APPRAISE;
import static vn.thidua.commendation.NominationAction.APPROVE;
import static vn.thidua.commendation.NominationAction.CLOSE_COMMENT;
import static vn.thidua.commendation.NominationAction.DECIDE;
import static vn.thidua.commendation.NominationAction.FORWARD;
import static vn.thidua.commendation.NominationAction.HAND_UP;
import static vn.thidua.commendation.NominationAction.PUBLISH;
import static vn.thidua.commendation.NominationAction.RECEIVE;
import static vn.thidua.commendation.NominationAction.REJECT;
import static vn.thidua.commendation.NominationAction.RETURN;
import static vn.thidua.commendation.NominationAction.SEND_TO_COUNCIL;
import static vn.thidua.commendation.NominationAction.SUBMIT;
import static vn.thidua.commendation.NominationAction.TAKE_OVER;
import static vn.thidua.commendation.NominationAction.WITHDRAW;
import static vn.thidua.commendation.NominationState.APPRAISED;
import static vn.thidua.commendation.NominationState.APPROVED;
import static vn.thidua.commendation.NominationState.COUNCIL_VOTE;
import static vn.thidua.commendation.NominationState.DECIDED;
import static vn.thidua.commendation.NominationState.DRAFT;
import static vn.thidua.commendation.NominationState.FORWARDED;
import static vn.thidua.commendation.NominationState.RECEIVED;
import static vn.thidua.commendation.NominationState.REJECTED;
import static vn.thidua.commendation.NominationState.RETURNED;
import static vn.thidua.commendation.NominationState.SUBMITTED;
import static vn.thidua.commendation.NominationState.WITHDRAWN;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.thidua.identity.Role;

/**
 * The review chain of a nomination as one table, and nothing else decides a transition. Each row: from a state, an
 * action, by one of some roles held at a unit in some relation to the nomination, when its guards hold, leads to a
 * state and moves the dossier. There is at most one row per (state, action).
 * <p>
 * The proposing unit's officers and leaders draft, submit and withdraw. The dossier goes to the parent of the
 * proposing unit; at every level an officer receives and appraises it and a leader forwards it to the next level up,
 * until it reaches the unit at the level that grants its award type. There the council votes (when the type says
 * so), the nominee is published for comment (when it says so), and a leader approves and decides. Any level may
 * return it for supplement (with a reason: it goes back to the proposer and a resubmission starts again at the
 * bottom) or reject it (with a reason, final); the proposer may withdraw it until it is decided. A dossier before
 * the council is returned by a leader of the granting unit, and not while an open session has it on its agenda.
 * When the public comment period ends, the application itself closes it (a SYSTEM row, which no user's roles
 * reach): the dossier is then approved, ready for the leader's decision, unless the leader returns or rejects it
 * after reading the comments.
 * <p>
 * When a reform closes the unit holding a dossier on its way (nobody holds a role there any more), the application
 * hands it over, again by SYSTEM rows: the unit that took over the closed unit's history holds it in the same state;
 * without such an heir, the unit above the closed one on its last day takes a dossier still below its granting stages
 * as forwarded, to receive and appraise it itself (Resolution 1679/NQ-UBTVQH15 ended the district level on
 * 1 July 2025).
 */
public final class NominationWorkflow {

    /** One row of the table. */
    public record Row(NominationState from, NominationAction action, Set<Role> roles, Relation relation,
                      List<Guard> guards, NominationState to, Move move) {
    }

    /** The answer for one request: the row that applies, or why not. */
    public record Verdict(Row row, Refusal refusal) {

        public boolean allowed() {
            return refusal == null;
        }
    }

    /**
     * An action offered to the caller and whether it may be taken now: {@code refusal} is the first guard of its row
     * that does not hold (null: open), leaving out the reason the caller gives with the step itself.
     */
    public record Option(NominationAction action, Refusal refusal) {

        public boolean open() {
            return refusal == null;
        }
    }

    private static final Set<Role> PROPOSERS = Set.of(Role.OFFICER, Role.LEADER);
    private static final Set<Role> OFFICERS = Set.of(Role.OFFICER);
    private static final Set<Role> LEADERS = Set.of(Role.LEADER);
    private static final Set<Role> OFFICERS_AND_LEADERS = Set.of(Role.OFFICER, Role.LEADER);
    private static final Set<Role> NOBODY = Set.of();

    /** Who may edit a draft or returned dossier: the proposing unit's officers and leaders. */
    public static final Set<Role> DRAFTERS = PROPOSERS;

    public static final List<Row> TABLE = List.of(
            row(DRAFT, SUBMIT, PROPOSERS, Relation.PROPOSER, SUBMITTED, Move.FIRST_REVIEWER, COMPLETE, ELIGIBLE),
            row(RETURNED, SUBMIT, PROPOSERS, Relation.PROPOSER, SUBMITTED, Move.FIRST_REVIEWER, COMPLETE, ELIGIBLE),

            row(SUBMITTED, RECEIVE, OFFICERS, Relation.HOLDER, RECEIVED, Move.STAY),
            row(FORWARDED, RECEIVE, OFFICERS, Relation.HOLDER, RECEIVED, Move.STAY),
            row(RECEIVED, APPRAISE, OFFICERS, Relation.HOLDER, APPRAISED, Move.STAY),
            row(APPRAISED, FORWARD, LEADERS, Relation.BELOW_GRANTING, FORWARDED, Move.PARENT),

            row(APPRAISED, SEND_TO_COUNCIL, LEADERS, Relation.GRANTOR, COUNCIL_VOTE, Move.STAY, COUNCIL_VOTES),
            row(APPRAISED, PUBLISH, LEADERS, Relation.GRANTOR, NominationState.PUBLIC_COMMENT, Move.STAY,
                    NO_COUNCIL_VOTE, PUBLIC_COMMENT),
            row(COUNCIL_VOTE, PUBLISH, LEADERS, Relation.GRANTOR, NominationState.PUBLIC_COMMENT, Move.STAY,
                    VOTE_PASSED, PUBLIC_COMMENT),
            row(APPRAISED, APPROVE, LEADERS, Relation.GRANTOR, APPROVED, Move.STAY,
                    NO_COUNCIL_VOTE, NO_PUBLIC_COMMENT, NOT_DRAFTER),
            row(COUNCIL_VOTE, APPROVE, LEADERS, Relation.GRANTOR, APPROVED, Move.STAY,
                    VOTE_PASSED, NO_PUBLIC_COMMENT, NOT_DRAFTER),
            row(NominationState.PUBLIC_COMMENT, APPROVE, LEADERS, Relation.GRANTOR, APPROVED, Move.STAY,
                    COMMENT_CLOSED, NOT_DRAFTER),
            row(NominationState.PUBLIC_COMMENT, CLOSE_COMMENT, NOBODY, Relation.SYSTEM, APPROVED, Move.STAY,
                    COMMENT_CLOSED, NOT_DRAFTER),
            row(APPROVED, DECIDE, LEADERS, Relation.GRANTOR, DECIDED, Move.STAY, NOT_DRAFTER, ELIGIBLE),

            row(RECEIVED, RETURN, OFFICERS_AND_LEADERS, Relation.HOLDER, RETURNED, Move.PROPOSER, REASON_GIVEN),
            row(APPRAISED, RETURN, OFFICERS_AND_LEADERS, Relation.HOLDER, RETURNED, Move.PROPOSER, REASON_GIVEN),
            row(COUNCIL_VOTE, RETURN, LEADERS, Relation.GRANTOR, RETURNED, Move.PROPOSER, REASON_GIVEN,
                    NOT_IN_OPEN_SESSION),
            row(NominationState.PUBLIC_COMMENT, RETURN, LEADERS, Relation.GRANTOR, RETURNED, Move.PROPOSER,
                    REASON_GIVEN),
            row(APPROVED, RETURN, LEADERS, Relation.GRANTOR, RETURNED, Move.PROPOSER, REASON_GIVEN),

            row(RECEIVED, REJECT, LEADERS, Relation.HOLDER, REJECTED, Move.STAY, REASON_GIVEN),
            row(APPRAISED, REJECT, LEADERS, Relation.HOLDER, REJECTED, Move.STAY, REASON_GIVEN),
            row(COUNCIL_VOTE, REJECT, LEADERS, Relation.GRANTOR, REJECTED, Move.STAY, REASON_GIVEN),
            row(NominationState.PUBLIC_COMMENT, REJECT, LEADERS, Relation.GRANTOR, REJECTED, Move.STAY, REASON_GIVEN),
            row(APPROVED, REJECT, LEADERS, Relation.GRANTOR, REJECTED, Move.STAY, REASON_GIVEN),

            row(DRAFT, WITHDRAW, PROPOSERS, Relation.PROPOSER, WITHDRAWN, Move.STAY),
            row(RETURNED, WITHDRAW, PROPOSERS, Relation.PROPOSER, WITHDRAWN, Move.STAY),
            row(SUBMITTED, WITHDRAW, PROPOSERS, Relation.PROPOSER, WITHDRAWN, Move.STAY),
            row(RECEIVED, WITHDRAW, PROPOSERS, Relation.PROPOSER, WITHDRAWN, Move.STAY),
            row(APPRAISED, WITHDRAW, PROPOSERS, Relation.PROPOSER, WITHDRAWN, Move.STAY),
            row(FORWARDED, WITHDRAW, PROPOSERS, Relation.PROPOSER, WITHDRAWN, Move.STAY),
            row(COUNCIL_VOTE, WITHDRAW, PROPOSERS, Relation.PROPOSER, WITHDRAWN, Move.STAY),
            row(NominationState.PUBLIC_COMMENT, WITHDRAW, PROPOSERS, Relation.PROPOSER, WITHDRAWN, Move.STAY),
            row(APPROVED, WITHDRAW, PROPOSERS, Relation.PROPOSER, WITHDRAWN, Move.STAY),

            row(SUBMITTED, TAKE_OVER, NOBODY, Relation.SYSTEM, SUBMITTED, Move.HEIR, HOLDER_CLOSED, HEIR),
            row(RECEIVED, TAKE_OVER, NOBODY, Relation.SYSTEM, RECEIVED, Move.HEIR, HOLDER_CLOSED, HEIR),
            row(APPRAISED, TAKE_OVER, NOBODY, Relation.SYSTEM, APPRAISED, Move.HEIR, HOLDER_CLOSED, HEIR),
            row(FORWARDED, TAKE_OVER, NOBODY, Relation.SYSTEM, FORWARDED, Move.HEIR, HOLDER_CLOSED, HEIR),
            row(COUNCIL_VOTE, TAKE_OVER, NOBODY, Relation.SYSTEM, COUNCIL_VOTE, Move.HEIR, HOLDER_CLOSED, HEIR),
            row(NominationState.PUBLIC_COMMENT, TAKE_OVER, NOBODY, Relation.SYSTEM, NominationState.PUBLIC_COMMENT,
                    Move.HEIR, HOLDER_CLOSED, HEIR),
            row(APPROVED, TAKE_OVER, NOBODY, Relation.SYSTEM, APPROVED, Move.HEIR, HOLDER_CLOSED, HEIR),

            row(SUBMITTED, HAND_UP, NOBODY, Relation.SYSTEM, FORWARDED, Move.PARENT_ON_LAST_DAY, HOLDER_CLOSED,
                    NO_HEIR),
            row(RECEIVED, HAND_UP, NOBODY, Relation.SYSTEM, FORWARDED, Move.PARENT_ON_LAST_DAY, HOLDER_CLOSED,
                    NO_HEIR),
            row(APPRAISED, HAND_UP, NOBODY, Relation.SYSTEM, FORWARDED, Move.PARENT_ON_LAST_DAY, HOLDER_CLOSED,
                    NO_HEIR),
            row(FORWARDED, HAND_UP, NOBODY, Relation.SYSTEM, FORWARDED, Move.PARENT_ON_LAST_DAY, HOLDER_CLOSED,
                    NO_HEIR));

    private NominationWorkflow() {
    }

    private static Row row(NominationState from, NominationAction action, Set<Role> roles, Relation relation,
                           NominationState to, Move move, Guard... guards) {
        return new Row(from, action, roles, relation, List.of(guards), to, move);
    }

    /** The application's hand-over steps, in the order it tries them: to the heir, else up. */
    public static final List<NominationAction> HANDOVERS = List.of(TAKE_OVER, HAND_UP);

    /** The states in which a dossier held by a closed unit is handed over: those with a hand-over row. */
    public static Set<NominationState> handedOverIn() {
        Set<NominationState> states = EnumSet.noneOf(NominationState.class);
        TABLE.stream().filter(r -> HANDOVERS.contains(r.action())).forEach(r -> states.add(r.from()));
        return states;
    }

    /** The row for (state, action), if the table has one. */
    public static Optional<Row> find(NominationState state, NominationAction action) {
        return TABLE.stream().filter(r -> r.from() == state && r.action() == action).findFirst();
    }

    /**
     * The row that lets the caller take {@code action} in {@code state}, before its guards: refused when the state
     * does not allow the action (400) or the caller's roles and units do not (403).
     */
    public static Verdict permit(NominationState state, NominationAction action, TransitionFacts facts) {
        Optional<Row> row = find(state, action);
        if (row.isEmpty()) {
            return new Verdict(null, Refusal.of("nomination.refused." + state.name()));
        }
        if (!holds(row.get(), facts)) {
            return new Verdict(row.get(), Refusal.forbidden("nomination.forbidden." + action.name()));
        }
        return new Verdict(row.get(), null);
    }

    /** The first guard of the row that does not hold, with its reason. */
    public static Optional<Refusal> guard(Row row, TransitionFacts facts) {
        for (Guard guard : row.guards()) {
            Optional<Refusal> refusal = guard.check(facts);
            if (refusal.isPresent()) {
                return refusal;
            }
        }
        return Optional.empty();
    }

    /** The whole decision: {@link #permit} and then {@link #guard}. */
    public static Verdict decide(NominationState state, NominationAction action, TransitionFacts facts) {
        Verdict permitted = permit(state, action, facts);
        if (!permitted.allowed()) {
            return permitted;
        }
        return guard(permitted.row(), facts).map(r -> new Verdict(permitted.row(), r)).orElse(permitted);
    }

    /** The actions the caller's roles allow in {@code state} (guards not checked): the buttons to offer. */
    public static List<NominationAction> offered(NominationState state, TransitionFacts facts) {
        List<NominationAction> actions = new ArrayList<>();
        for (Row row : TABLE) {
            if (row.from() == state && holds(row, facts)) {
                actions.add(row.action());
            }
        }
        return actions;
    }

    /** The {@link #offered} actions, each with what keeps it from being taken now, if anything. */
    public static List<Option> options(NominationState state, TransitionFacts facts) {
        List<Option> options = new ArrayList<>();
        for (Row row : TABLE) {
            if (row.from() == state && holds(row, facts)) {
                Refusal refusal = row.guards().stream().filter(g -> g != Guard.REASON_GIVEN)
                        .map(g -> g.check(facts)).flatMap(Optional::stream).findFirst().orElse(null);
                options.add(new Option(row.action(), refusal));
            }
        }
        return options;
    }

    private static boolean holds(Row row, TransitionFacts facts) {
        if (row.relation() == Relation.SYSTEM || facts.system()) {
            return row.relation() == Relation.SYSTEM && facts.system();
        }
        Set<Role> held = switch (row.relation()) {
            case PROPOSER -> facts.proposerRoles();
            case HOLDER -> facts.holderRoles();
            case BELOW_GRANTING -> facts.atGrantingUnit() ? Set.of() : facts.holderRoles();
            case GRANTOR -> facts.atGrantingUnit() ? facts.holderRoles() : Set.of();
            case SYSTEM -> Set.of();
        };
        return held.stream().anyMatch(row.roles()::contains);
    }
}
