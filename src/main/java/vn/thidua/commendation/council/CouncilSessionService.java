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
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import vn.thidua.commendation.Nomination;
import vn.thidua.commendation.NominationQueries;
import vn.thidua.commendation.NotPermittedException;
import vn.thidua.commendation.NotificationRows;
import vn.thidua.identity.Role;
import vn.thidua.organization.OrgUnit;
import vn.thidua.platform.audit.AuditLog;
import vn.thidua.platform.error.BusinessException;
import vn.thidua.platform.error.NotFoundException;
import vn.thidua.platform.scope.Action;
import vn.thidua.platform.scope.Scope;
import vn.thidua.platform.time.Formats;

/**
 * Council sessions: held by the officers and leaders of the granting unit, who put nominations awaiting the
 * council's vote on the agenda and close the session, which fixes each item's result (agree votes over all members
 * of the council on the session's day, against the award type's threshold). Where each dossier goes next is then
 * the leader's step through the transition table, which reads this result.
 */
@Stateless
public class CouncilSessionService {

    /** A new session of the unit's council: {@code heldOn} as yyyy-MM-dd, today when blank. */
    public record SessionForm(String unitCode, String title, String heldOn) {
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

    @RolesAllowed({Role.ADMIN_NAME, Role.LEADER_NAME, Role.OFFICER_NAME, Role.COUNCIL_MEMBER_NAME, Role.VIEWER_NAME})
    public List<CouncilViews.SessionSummary> list(String unitCode, String asOf) {
        LocalDate date = Formats.isoDate(asOf, Formats.today());
        return queries().sessions(access.readableUnit(unitCode, date).getId());
    }

    @RolesAllowed({Role.ADMIN_NAME, Role.LEADER_NAME, Role.OFFICER_NAME, Role.COUNCIL_MEMBER_NAME, Role.VIEWER_NAME})
    public CouncilViews.Session get(long id) {
        return view(access.session(id, user()));
    }

    /** Whether the caller may hold sessions of the unit's council (its officers and leaders). */
    @RolesAllowed({Role.ADMIN_NAME, Role.LEADER_NAME, Role.OFFICER_NAME, Role.COUNCIL_MEMBER_NAME, Role.VIEWER_NAME})
    public boolean canHold(String unitCode) {
        return access.isStaff(user(), access.readableUnit(unitCode, Formats.today()));
    }

    @RolesAllowed({Role.LEADER_NAME, Role.OFFICER_NAME})
    public CouncilViews.Session create(SessionForm form) {
        SessionForm f = form == null ? new SessionForm(null, null, null) : form;
        OrgUnit unit = access.unitToday(f.unitCode());
        requireStaff(unit);
        CouncilSession session = new CouncilSession(unit, f.title(), Formats.isoDate(f.heldOn(), Formats.today()),
                user());
        em.persist(session);
        em.flush();
        audit.record("COUNCIL_SESSION_CREATED", "CouncilSession", session.getId(), null,
                unit.getCode() + " | " + session.getTitle() + " | " + Formats.date(session.getHeldOn()));
        return view(session);
    }

    /** The nominations the session's council has to vote on that may go on its agenda. */
    @RolesAllowed({Role.LEADER_NAME, Role.OFFICER_NAME})
    public List<CouncilViews.Candidate> candidates(long id) {
        CouncilSession session = access.session(id, user());
        requireStaff(session.getUnit());
        return queries().candidates(session.getUnit().getId());
    }

    /**
     * Puts a nomination awaiting the council's vote on the agenda; its members are told. The dossier's row is locked
     * first, as a step of the review chain locks it: a return (refused while an open session has the dossier) and
     * its entry on an agenda never pass each other.
     */
    @RolesAllowed({Role.LEADER_NAME, Role.OFFICER_NAME})
    public CouncilViews.Session addItem(long id, Long nominationId) {
        CouncilSession session = lockedOpen(id);
        if (nominationId == null) {
            throw new BusinessException("council.agenda.nominationRequired");
        }
        if (!new NominationQueries(em).isVisible(nominationId, scope.filter(Action.READ, Formats.today()))) {
            throw new NotFoundException("nomination.notFound", nominationId);
        }
        Nomination nomination = em.find(Nomination.class, nominationId, LockModeType.PESSIMISTIC_WRITE);
        if (queries().candidates(session.getUnit().getId()).stream()
                .noneMatch(c -> c.nominationId() == nominationId)) {
            throw new BusinessException("council.agenda.notCandidate");
        }
        queries().addItem(session.getId(), nominationId);
        new NotificationRows(em).addAll(queries().memberUsers(session.getUnit().getId(), session.getHeldOn()),
                "notification.council.vote", List.of(nomination.getNominee().getName(),
                session.getTitle()), link(session), Instant.now());
        audit.record("COUNCIL_AGENDA_ADDED", "CouncilSession", session.getId(), null, "nomination " + nominationId);
        return view(session);
    }

    /** Takes a nomination off the agenda, while nobody has voted on it. */
    @RolesAllowed({Role.LEADER_NAME, Role.OFFICER_NAME})
    public CouncilViews.Session removeItem(long id, long nominationId) {
        CouncilSession session = lockedOpen(id);
        if (queries().votesOn(session.getId(), nominationId) > 0) {
            throw new BusinessException("council.agenda.hasVotes");
        }
        if (!queries().removeItem(session.getId(), nominationId)) {
            throw new BusinessException("council.agenda.notOnAgenda");
        }
        audit.record("COUNCIL_AGENDA_REMOVED", "CouncilSession", session.getId(), "nomination " + nominationId, null);
        return view(session);
    }

    /**
     * Closes the voting and fixes each item's result: the ballots counted and the members of the council on the
     * session's day, absent members who did not vote counting as not agreeing. The unit's leaders are told.
     */
    @RolesAllowed({Role.LEADER_NAME, Role.OFFICER_NAME})
    public CouncilViews.Session close(long id, Long version, String minutes) {
        CouncilSession session = access.session(id, user(), LockModeType.PESSIMISTIC_WRITE);
        requireStaff(session.getUnit());
        if (version == null || version != session.getVersion()) {
            throw new BusinessException("council.session.changed");
        }
        Instant now = Instant.now();
        String results = new SessionClosing(em).close(session, minutes, now);
        NotificationRows notices = new NotificationRows(em);
        notices.addAll(notices.holders(session.getUnit().getId(), Set.of(Role.LEADER), Formats.today()),
                "notification.council.closed", List.of(session.getTitle()), link(session), now);
        audit.record("COUNCIL_SESSION_CLOSED", "CouncilSession", session.getId(), "OPEN",
                "CLOSED | " + results);
        return view(session);
    }

    /** The results and minutes of a closed session as a PDF, in Vietnamese (an official record). */
    @RolesAllowed({Role.ADMIN_NAME, Role.LEADER_NAME, Role.OFFICER_NAME, Role.COUNCIL_MEMBER_NAME, Role.VIEWER_NAME})
    public byte[] minutes(long id) {
        CouncilSession session = access.session(id, user());
        if (session.isOpen()) {
            throw new BusinessException("council.minutes.open");
        }
        return CouncilMinutes.pdf(view(session));
    }

    /** The session's page, relative to the application. */
    public static String link(CouncilSession session) {
        return "/council/session.xhtml?id=" + session.getId();
    }

    private CouncilSession lockedOpen(long id) {
        CouncilSession session = access.session(id, user(), LockModeType.PESSIMISTIC_WRITE);
        requireStaff(session.getUnit());
        session.requireOpen();
        return session;
    }

    private void requireStaff(OrgUnit unit) {
        if (!access.isStaff(user(), unit)) {
            throw new NotPermittedException("council.session.forbidden");
        }
    }

    private CouncilViews.Session view(CouncilSession session) {
        return new SessionViews(em, access).of(session, user());
    }

    private CouncilQueries queries() {
        return new CouncilQueries(em);
    }

    private String user() {
        return context.getCallerPrincipal().getName();
    }
}
