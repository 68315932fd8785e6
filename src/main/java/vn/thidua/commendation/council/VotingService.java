package vn.thidua.commendation.council;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Optional;
import vn.thidua.commendation.Nomination;
import vn.thidua.commendation.NominationQueries;
import vn.thidua.commendation.NominationState;
import vn.thidua.commendation.NotPermittedException;
import vn.thidua.identity.Role;
import vn.thidua.platform.audit.AuditLog;
import vn.thidua.platform.error.BusinessException;
import vn.thidua.platform.error.NotFoundException;
import vn.thidua.platform.scope.Action;
import vn.thidua.platform.scope.Scope;
import vn.thidua.platform.time.Formats;

/**
 * The secret ballot. A member of the council votes once on each nomination of an open session; the secretary
 * enters an absent member's written vote. What is recorded, logged and answered is that someone voted, never how:
 * the answer to a vote is the same whichever choice was made, and the counts appear only once the session is closed
 * (a running count would show each vote as it came in).
 */
@Stateless
public class VotingService {

    /** An absent member's written vote, entered by the secretary. */
    public record WrittenVote(Long nominationId, Long memberId, String choice) {
    }

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext context;

    @Inject
    private CouncilAccess access;

    @Inject
    private Scope scope;

    @Inject
    private AuditLog audit;

    /**
     * The caller's vote on a nomination of an open session of the council they sit on. Refused: not visible (404);
     * the caller does not sit on the council of the unit holding it (403); no open session has it on the agenda, it
     * no longer awaits the vote, or the caller has voted on it (400).
     */
    @RolesAllowed({Role.ADMIN_NAME, Role.LEADER_NAME, Role.OFFICER_NAME, Role.COUNCIL_MEMBER_NAME, Role.VIEWER_NAME})
    public CouncilViews.Tally vote(long nominationId, String choice) {
        Nomination nomination = visible(nominationId);
        long unitId = nomination.getCurrentUnit().getId();
        if (queries().memberOf(unitId, user(), Formats.today()).isEmpty()) {
            throw new NotPermittedException("council.vote.notMember");
        }
        VoteChoice chosen = VoteChoice.parse(choice);
        CouncilSession session = openSession(nomination);
        CouncilMember seat = queries().memberOf(unitId, user(), session.getHeldOn())
                .orElseThrow(() -> new NotPermittedException("council.vote.notMember"));
        new BallotBox(em).cast(session.getId(), nominationId, seat.getId(), chosen, false, user());
        audit.record("COUNCIL_VOTE_CAST", "Nomination", nominationId, null, "session " + session.getId());
        return tally(nomination);
    }

    /** The secretary enters an absent member's written vote; refused to others (403). */
    @RolesAllowed({Role.ADMIN_NAME, Role.LEADER_NAME, Role.OFFICER_NAME, Role.COUNCIL_MEMBER_NAME, Role.VIEWER_NAME})
    public CouncilViews.Session recordWritten(long sessionId, WrittenVote vote) {
        WrittenVote v = vote == null ? new WrittenVote(null, null, null) : vote;
        CouncilSession session = access.session(sessionId, user(), LockModeType.PESSIMISTIC_WRITE);
        if (!access.isSecretary(user(), session)) {
            throw new NotPermittedException("council.written.forbidden");
        }
        session.requireOpen();
        if (v.nominationId() == null || v.memberId() == null) {
            throw new BusinessException("council.written.incomplete");
        }
        VoteChoice chosen = VoteChoice.parse(v.choice());
        CouncilMember member = em.find(CouncilMember.class, v.memberId());
        if (member == null || !member.getUnit().equals(session.getUnit()) || !member.isValidOn(session.getHeldOn())) {
            throw new BusinessException("council.written.notMember");
        }
        Nomination nomination = em.find(Nomination.class, v.nominationId());
        if (nomination == null || nomination.getState() != NominationState.COUNCIL_VOTE) {
            throw new BusinessException("council.vote.notVoting");
        }
        new BallotBox(em).cast(session.getId(), nomination.getId(), member.getId(), chosen, true, user());
        audit.record("COUNCIL_WRITTEN_VOTE", "Nomination", nomination.getId(), null, "session " + session.getId()
                + " | " + queries().displayName(member.getId()));
        return new SessionViews(em, access).of(session, user());
    }

    /** The votes on a nomination in its session: who may see the dossier sees how many voted, and counts once closed. */
    @RolesAllowed({Role.ADMIN_NAME, Role.LEADER_NAME, Role.OFFICER_NAME, Role.COUNCIL_MEMBER_NAME, Role.VIEWER_NAME})
    public CouncilViews.Tally tally(long nominationId) {
        return tally(visible(nominationId));
    }

    private CouncilViews.Tally tally(Nomination nomination) {
        long unitId = nomination.getCurrentUnit().getId();
        Optional<CouncilSession> found = queries().sessionOf(nomination.getId(),
                nomination.getState() == NominationState.COUNCIL_VOTE ? nomination.getStageSince() : Instant.EPOCH);
        if (found.isEmpty()) {
            int members = (int) new NominationQueries(em).councilSize(unitId, Formats.today());
            return new CouncilViews.Tally(nomination.getId(), null, null, members, 0, false, null);
        }
        CouncilSession session = found.get();
        CouncilViews.AgendaItem item = new SessionViews(em, access).of(session, user()).items().stream()
                .filter(i -> i.nominationId() == nomination.getId()).findFirst().orElseThrow();
        int members = (int) new NominationQueries(em).councilSize(unitId, session.getHeldOn());
        return new CouncilViews.Tally(nomination.getId(), session.getId(), session.getStatus(), members,
                item.votesCast(), item.voted(), item.result());
    }

    /** The open session with the nomination on its agenda, locked: votes queue behind each other and the closing. */
    private CouncilSession openSession(Nomination nomination) {
        if (nomination.getState() != NominationState.COUNCIL_VOTE) {
            throw new BusinessException("council.vote.notVoting");
        }
        CouncilSession session = queries().sessionOf(nomination.getId(), nomination.getStageSince())
                .filter(CouncilSession::isOpen)
                .orElseThrow(() -> new BusinessException("council.vote.noSession"));
        em.refresh(session, LockModeType.PESSIMISTIC_WRITE);
        session.requireOpen();
        return session;
    }

    private Nomination visible(long nominationId) {
        if (!new NominationQueries(em).isVisible(nominationId, scope.filter(Action.READ, Formats.today()))) {
            throw new NotFoundException("nomination.notFound", nominationId);
        }
        return em.find(Nomination.class, nominationId);
    }

    private CouncilQueries queries() {
        return new CouncilQueries(em);
    }

    private String user() {
        return context.getCallerPrincipal().getName();
    }
}
