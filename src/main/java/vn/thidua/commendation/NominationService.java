package vn.thidua.commendation;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import vn.thidua.commendation.document.SignedDocuments;
import vn.thidua.identity.Role;
import vn.thidua.organization.OrgUnit;
import vn.thidua.platform.audit.AuditLog;
import vn.thidua.platform.error.BusinessException;
import vn.thidua.platform.scope.Action;
import vn.thidua.platform.scope.Scope;
import vn.thidua.platform.time.Formats;

/**
 * Nomination dossiers: drafting, the review chain, reading. A dossier is visible to the holders of a role at a unit
 * on its route (the proposing unit and the units above it, and every unit that held it); elsewhere it is "not
 * found", as if it did not exist. Every step goes through {@link NominationWorkflow}, is recorded in the dossier's
 * history and the audit log in the same transaction, and is refused as "already changed" when the caller's version
 * is stale: the row is locked first, so of two people acting at once one succeeds and the other is told (without a
 * version, the second is judged by the state the first left).
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
    public NominationPage list(String state, String awardType, String nomineeName, int page, int size) {
        NominationState wanted = state == null || state.isBlank() ? null : NominationState.parse(state);
        int pageSize = size <= 0 ? 20 : Math.min(size, 100);
        return queries().page(scope.filter(Action.READ, Formats.today()),
                new NominationFilter(wanted, awardType, nomineeName), Math.max(page, 0), pageSize);
    }

    @RolesAllowed({Role.ADMIN_NAME, Role.LEADER_NAME, Role.OFFICER_NAME, Role.COUNCIL_MEMBER_NAME, Role.VIEWER_NAME})
    public NominationView get(long id) {
        return view(visible(id));
    }

    /**
     * The steps the caller's roles allow on the dossier now, each open or with the reason it cannot be taken yet
     * (the council has not voted, the comment period runs, ...), as the transition table judges them.
     */
    @RolesAllowed({Role.ADMIN_NAME, Role.LEADER_NAME, Role.OFFICER_NAME, Role.COUNCIL_MEMBER_NAME, Role.VIEWER_NAME})
    public List<NominationWorkflow.Option> options(long id) {
        Nomination nomination = visible(id);
        return NominationWorkflow.options(nomination.getState(), steps().facts(nomination, null, Formats.today()));
    }

    /**
     * Why the dossier's nominee may not receive its award type now, each reason as the eligibility rules give it
     * (empty: eligible). The same check the table makes when the dossier is submitted and decided.
     */
    @RolesAllowed({Role.ADMIN_NAME, Role.LEADER_NAME, Role.OFFICER_NAME, Role.COUNCIL_MEMBER_NAME, Role.VIEWER_NAME})
    public List<Refusal> ineligibility(long id) {
        return steps().facts(visible(id), null, Formats.today()).ineligibility();
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
        OrgUnit proposer = new NominationRoutes(em).proposerOn(nomination.getProposingUnit(), today);
        if (!drafts.mayDraft(user(), proposer, today)) {
            throw new NotPermittedException("nomination.forbidden.DRAFT");
        }
        DossierSteps.requireVersion(nomination, f.version());
        if (!nomination.getState().isEditable()) {
            throw new BusinessException("nomination.notEditable");
        }
        String before = describe(nomination);
        if (f.nomineeId() != null || f.nominee() != null) {
            nomination.changeNominee(drafts.nominee(f, proposer, user(), today), user());
        }
        drafts.describe(nomination, drafts.awardType(f.awardType()), f, user());
        flush();
        audit.record("NOMINATION_CHANGED", "Nomination", nomination.getId(), before, describe(nomination));
        return view(nomination);
    }

    /**
     * Takes a step of the review chain. Refused, in this order: not visible (404); the caller holds no officer or
     * leader role where the dossier began or is now (403); {@code version}, when given (null: whatever the caller
     * finds once the row is locked), is stale (400 "already changed"); the table does not allow the action in this
     * state (400) or to this caller (403); a guard does not hold (400).
     * Deciding signs a decision for this one dossier; {@link DecisionService} signs one for a list.
     */
    @RolesAllowed({Role.LEADER_NAME, Role.OFFICER_NAME})
    public NominationView act(long id, String actionName, Long version, String comment) {
        NominationAction action = NominationAction.parse(actionName);
        Nomination nomination = locked(id);
        LocalDate today = Formats.today();
        DossierSteps steps = steps();
        DossierFacts facts = steps.facts(nomination, comment, today);
        NominationWorkflow.Row row = steps.permitted(nomination, action, version, facts);
        NominationTransitioned step = steps.take(nomination, row, facts, today, () -> new Decisions(em).open(
                nomination.getCurrentUnit(), nomination.getAwardType(), today, user(), null, null));
        flush();
        if (step.to() == NominationState.DECIDED) {
            new SignedDocuments(em).keep(nomination.getDecision());
        }
        transitioned.fire(step);
        return view(nomination);
    }

    private NominationView view(Nomination nomination) {
        DossierFacts facts = steps().facts(nomination, null, Formats.today());
        return NominationViews.of(nomination, queries().history(nomination.getId()),
                NominationWorkflow.offered(nomination.getState(), facts));
    }

    /** The dossier, if the caller may see it; otherwise "not found", as for one that does not exist. */
    private Nomination visible(long id) {
        steps().requireVisible(id, scope.filter(Action.READ, Formats.today()));
        return em.find(Nomination.class, id);
    }

    private Nomination locked(long id) {
        return steps().locked(id, scope.filter(Action.READ, Formats.today()));
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

    private DossierSteps steps() {
        return new DossierSteps(em, audit, user());
    }

    private NominationQueries queries() {
        return new NominationQueries(em);
    }

    private String user() {
        return context.getCallerPrincipal().getName();
    }
}
