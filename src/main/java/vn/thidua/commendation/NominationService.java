package vn.thidua.commendation;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PessimisticLockException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import vn.thidua.commendation.eligibility.Candidate;
import vn.thidua.commendation.eligibility.Eligibility;
import vn.thidua.identity.Role;
import vn.thidua.organization.OrgUnit;
import vn.thidua.platform.audit.AuditLog;
import vn.thidua.platform.error.BusinessException;
import vn.thidua.platform.error.NotFoundException;
import vn.thidua.platform.scope.Action;
import vn.thidua.platform.scope.Scope;
import vn.thidua.platform.time.Formats;

/**
 * Nomination dossiers: drafting, the review chain, reading. A dossier is visible to the holders of a role at a unit
 * on its route (the proposing unit and the units above it, and every unit that held it); elsewhere it is "not
 * found", as if it did not exist. Every step goes through {@link NominationWorkflow}, is recorded in the dossier's
 * history and the audit log in the same transaction, and is refused as "already changed" when the caller's version
 * is stale: the row is locked first, so of two people acting at once one succeeds and the other is told.
 */
@Stateless
public class NominationService {

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext context;

    @Inject
    private Scope scope;

    @Inject
    private AuditLog audit;

    @Inject
    private DraftForms drafts;

    @Inject
    private Event<NominationTransitioned> transitioned;

    @RolesAllowed({Role.ADMIN_NAME, Role.LEADER_NAME, Role.OFFICER_NAME, Role.COUNCIL_MEMBER_NAME, Role.VIEWER_NAME})
    public NominationPage list(String state, int page, int size) {
        NominationState wanted = state == null || state.isBlank() ? null : NominationState.parse(state);
        int pageSize = size <= 0 ? 20 : Math.min(size, 100);
        return queries().page(scope.filter(Action.READ, Formats.today()), wanted, Math.max(page, 0), pageSize);
    }

    @RolesAllowed({Role.ADMIN_NAME, Role.LEADER_NAME, Role.OFFICER_NAME, Role.COUNCIL_MEMBER_NAME, Role.VIEWER_NAME})
    public NominationView get(long id) {
        return view(visible(id));
    }

    /** A new draft, proposed by the caller's unit (an officer or leader of it). */
    @RolesAllowed({Role.LEADER_NAME, Role.OFFICER_NAME})
    public NominationView create(NominationForm form) {
        NominationForm f = form == null ? NominationForm.EMPTY : form;
        LocalDate today = Formats.today();
        AwardType type = drafts.awardType(f.awardType());
        OrgUnit unit = drafts.proposingUnit(f.unitCode(), user(), today);
        if (!drafts.mayDraft(user(), unit, today)) {
            throw new NotPermittedException("nomination.forbidden.DRAFT");
        }
        Nominee nominee = drafts.nominee(f, unit, user(), today);
        Nomination nomination = new Nomination(nominee, unit, user());
        drafts.describe(nomination, type, f, user());
        nomination.addRoute(new NominationRoutes(em).chainIds(unit, today));
        em.persist(nomination);
        em.flush();
        audit.record("NOMINATION_CREATED", "Nomination", nomination.getId(), null, describe(nomination));
        return view(nomination);
    }

    /** Changes a draft or returned dossier: its nominee, award type, movement, period and summary. */
    @RolesAllowed({Role.LEADER_NAME, Role.OFFICER_NAME})
    public NominationView update(long id, NominationForm form) {
        NominationForm f = form == null ? NominationForm.EMPTY : form;
        LocalDate today = Formats.today();
        Nomination nomination = locked(id);
        if (!drafts.mayDraft(user(), nomination.getProposingUnit(), today)) {
            throw new NotPermittedException("nomination.forbidden.DRAFT");
        }
        requireVersion(nomination, f.version());
        if (!nomination.getState().isEditable()) {
            throw new BusinessException("nomination.notEditable");
        }
        String before = describe(nomination);
        if (f.nomineeId() != null || f.nominee() != null) {
            nomination.changeNominee(drafts.nominee(f, nomination.getProposingUnit(), user(), today), user());
        }
        drafts.describe(nomination, drafts.awardType(f.awardType()), f, user());
        flush();
        audit.record("NOMINATION_CHANGED", "Nomination", nomination.getId(), before, describe(nomination));
        return view(nomination);
    }

    /**
     * Takes a step of the review chain. Refused, in this order: not visible (404); the caller holds no officer or
     * leader role where the dossier began or is now (403); {@code version} is stale (400 "already changed"); the
     * table does not allow the action in this state (400) or to this caller (403); a guard does not hold (400).
     */
    @RolesAllowed({Role.LEADER_NAME, Role.OFFICER_NAME})
    public NominationView act(long id, String actionName, Long version, String comment) {
        NominationAction action = NominationAction.parse(actionName);
        Nomination nomination = locked(id);
        LocalDate today = Formats.today();
        DossierFacts facts = facts(nomination, comment, today);
        if (!facts.mayAct()) {
            throw new NotPermittedException("nomination.forbidden." + action.name());
        }
        requireVersion(nomination, version);
        NominationWorkflow.Verdict verdict = NominationWorkflow.decide(nomination.getState(), action, facts);
        if (!verdict.allowed()) {
            throw verdict.refusal().toException();
        }
        NominationWorkflow.Row row = verdict.row();
        NominationState from = nomination.getState();
        OrgUnit actingUnit = row.relation() == Relation.PROPOSER ? nomination.getProposingUnit()
                : nomination.getCurrentUnit();
        OrgUnit holder = holderAfter(nomination, row.move(), today);
        nomination.addRoute(List.of(holder.getId()));
        nomination.moveTo(row.to(), holder, comment, facts.now());
        if (row.to() == NominationState.PUBLIC_COMMENT) {
            nomination.openComment(facts.now().plus(Duration.ofDays(nomination.getAwardType().getCommentDays())));
        }
        String decided = row.to() == NominationState.DECIDED ? " | " + decide(nomination, today) : "";
        em.persist(new NominationTransition(nomination, from, action, user(), actingUnit, comment, facts.now()));
        flush();
        transitioned.fire(new NominationTransitioned(nomination, action, from, row.to(), user()));
        audit.record("NOMINATION_" + action.name(), "Nomination", nomination.getId(), from.name(),
                row.to().name() + (comment == null || comment.isBlank() ? "" : " | " + comment.strip()) + decided);
        return view(nomination);
    }

    private OrgUnit holderAfter(Nomination nomination, Move move, LocalDate today) {
        NominationRoutes routes = new NominationRoutes(em);
        return switch (move) {
            case STAY -> nomination.getCurrentUnit();
            case PROPOSER -> nomination.getProposingUnit();
            case PARENT -> routes.parent(nomination.getCurrentUnit(), today);
            case FIRST_REVIEWER -> {
                OrgUnit first = routes.firstReviewer(nomination.getProposingUnit(), nomination.getAwardType(), today);
                nomination.addRoute(routes.chainIds(nomination.getProposingUnit(), today));
                yield first;
            }
        };
    }

    /** Signs a decision for the dossier, numbered from the holding unit's register, and enters the award. */
    private String decide(Nomination nomination, LocalDate today) {
        OrgUnit issuer = nomination.getCurrentUnit();
        int seq = new DecisionRegisters(em).next(issuer, today.getYear());
        Decision decision = new Decision(issuer, today.getYear(), seq,
                nomination.getAwardType().decisionNumber(seq, today.getYear()), today, user());
        em.persist(decision);
        em.persist(Award.of(nomination, decision));
        nomination.decidedBy(decision);
        return decision.getNumber();
    }

    private DossierFacts facts(Nomination nomination, String comment, LocalDate today) {
        NominationQueries queries = queries();
        return new DossierFacts(nomination, user(),
                queries.rolesAt(user(), nomination.getProposingUnit().getId(), today),
                queries.rolesAt(user(), nomination.getCurrentUnit().getId(), today), comment, Instant.now(),
                () -> queries.tally(nomination, today),
                () -> Eligibility.check(candidate(nomination), new NomineeRecords(em).of(nomination.getNominee())));
    }

    private static Candidate candidate(Nomination nomination) {
        AwardType type = nomination.getAwardType();
        return new Candidate(type.getCode(), type.getNameVi(), type.eligibility(),
                nomination.getMovement() == null ? null : nomination.getMovement().getId(),
                nomination.getYearFrom(), nomination.getYearTo());
    }

    private NominationView view(Nomination nomination) {
        DossierFacts facts = facts(nomination, null, Formats.today());
        return NominationViews.of(nomination, queries().history(nomination.getId()),
                NominationWorkflow.offered(nomination.getState(), facts));
    }

    /** The dossier, if the caller may see it; otherwise "not found", as for one that does not exist. */
    private Nomination visible(long id) {
        requireVisible(id);
        return em.find(Nomination.class, id);
    }

    /**
     * The visible dossier, read and locked with SELECT ... FOR UPDATE until the transaction ends: whoever comes
     * second waits, then reads the first one's changes (and is told that it changed).
     */
    private Nomination locked(long id) {
        requireVisible(id);
        try {
            return em.find(Nomination.class, id, LockModeType.PESSIMISTIC_WRITE);
        } catch (PessimisticLockException | LockTimeoutException e) {
            throw new BusinessException("nomination.changed");
        }
    }

    private void requireVisible(long id) {
        if (!queries().isVisible(id, scope.filter(Action.READ, Formats.today()))) {
            throw new NotFoundException("nomination.notFound", id);
        }
    }

    private static void requireVersion(Nomination nomination, Long version) {
        if (version == null || nomination.getVersion() != version) {
            throw new BusinessException("nomination.changed");
        }
    }

    private void flush() {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new BusinessException("nomination.changed");
        }
    }

    private static String describe(Nomination nomination) {
        return nomination.getNominee().getName() + " | " + nomination.getAwardType().getCode() + " | "
                + nomination.getYearFrom() + "-" + nomination.getYearTo()
                + (nomination.getMovement() == null ? "" : " | " + nomination.getMovement().getCode());
    }

    private NominationQueries queries() {
        return new NominationQueries(em);
    }

    private String user() {
        return context.getCallerPrincipal().getName();
    }
}
