package vn.thidua.commendation;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.PessimisticLockException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;
import vn.thidua.commendation.eligibility.Candidate;
import vn.thidua.commendation.eligibility.Eligibility;
import vn.thidua.organization.OrgUnit;
import vn.thidua.platform.audit.AuditLog;
import vn.thidua.platform.error.BusinessException;
import vn.thidua.platform.error.NotFoundException;
import vn.thidua.platform.scope.ScopeFilter;
import vn.thidua.platform.time.Formats;

/**
 * Takes steps of the review chain, for {@link NominationService} (one dossier) and {@link DecisionService} (the
 * dossiers of one decision), in the caller's transaction: the dossier is locked, {@link NominationWorkflow} decides,
 * and the step moves the dossier and writes its history row and its audit row.
 */
final class DossierSteps {

    private final EntityManager em;
    private final AuditLog audit;
    private final String user;

    DossierSteps(EntityManager em, AuditLog audit, String user) {
        this.em = em;
        this.audit = audit;
        this.user = user;
    }

    /**
     * The dossier, if visible in {@code scope} (otherwise "not found", as for one that does not exist), read and
     * locked with SELECT ... FOR UPDATE until the transaction ends: whoever comes second waits, then reads the first
     * one's changes (and is told that it changed).
     */
    Nomination locked(long id, ScopeFilter scope) {
        requireVisible(id, scope);
        try {
            return em.find(Nomination.class, id, LockModeType.PESSIMISTIC_WRITE);
        } catch (PessimisticLockException | LockTimeoutException e) {
            throw new BusinessException("nomination.changed");
        }
    }

    void requireVisible(long id, ScopeFilter scope) {
        if (!new NominationQueries(em).isVisible(id, scope)) {
            throw new NotFoundException("nomination.notFound", id);
        }
    }

    /**
     * What the table needs to know about the dossier and the caller today; the proposer's roles are those held at
     * the unit that proposes it today ({@link NominationRoutes#proposerOn}).
     */
    DossierFacts facts(Nomination nomination, String comment, LocalDate today) {
        NominationQueries queries = new NominationQueries(em);
        NominationRoutes routes = new NominationRoutes(em);
        OrgUnit proposer = routes.proposerOn(nomination.getProposingUnit(), today);
        return new DossierFacts(nomination, user, queries.rolesAt(user, proposer.getId(), today),
                queries.rolesAt(user, nomination.getCurrentUnit().getId(), today), comment, Formats.now(),
                () -> queries.tally(nomination, today),
                () -> Eligibility.check(candidate(nomination), new NomineeRecords(em).of(nomination.getNominee())),
                () -> queries.openSession(nomination.getId()), routes);
    }

    /**
     * The row of the table that lets the caller take {@code action} now. Refused, in this order: the caller holds no
     * officer or leader role where the dossier began or is now (403); {@code version}, when given, is stale (400
     * "already changed"); the table does not allow the action in this state (400) or to this caller (403); a guard
     * does not hold (400). Without a version the row lock orders the callers and the table judges the state each one
     * finds: of many taking one step at once, the first succeeds and the others are refused by the state it left.
     * A row that checks eligibility locks the nominee first ({@link #lockNominees}).
     */
    NominationWorkflow.Row permitted(Nomination nomination, NominationAction action, Long version,
                                     DossierFacts facts) {
        if (!facts.mayAct()) {
            throw new NotPermittedException("nomination.forbidden." + action.name());
        }
        if (version != null) {
            requireVersion(nomination, version);
        }
        if (NominationWorkflow.find(nomination.getState(), action).filter(r -> r.guards().contains(Guard.ELIGIBLE))
                .isPresent()) {
            lockNominees(List.of(nomination));
        }
        NominationWorkflow.Verdict verdict = NominationWorkflow.decide(nomination.getState(), action, facts);
        if (!verdict.allowed()) {
            throw verdict.refusal().toException();
        }
        return verdict.row();
    }

    /**
     * Takes the step of {@code row}: the dossier moves; if the row decides it, it enters the registry by
     * {@code decision} (asked for only then); its history row and audit row are written. Answers the step, for
     * the caller to announce ({@link NominationTransitioned}).
     */
    NominationTransitioned take(Nomination nomination, NominationWorkflow.Row row, DossierFacts facts,
                                LocalDate today, Supplier<Decision> decision) {
        NominationState from = nomination.getState();
        String comment = facts.comment();
        OrgUnit actingUnit = row.relation() == Relation.PROPOSER
                ? new NominationRoutes(em).proposerOn(nomination.getProposingUnit(), today)
                : nomination.getCurrentUnit();
        OrgUnit holder = new NominationRoutes(em).holderAfter(nomination, row.move(), today);
        nomination.addRoute(List.of(holder.getId()));
        nomination.moveTo(row.to(), holder, comment, facts.now());
        if (row.to() == NominationState.PUBLIC_COMMENT) {
            nomination.openComment(facts.now().plus(Duration.ofDays(nomination.getAwardType().getCommentDays())));
        }
        String decided = row.to() == NominationState.DECIDED ? " | " + enter(nomination, decision.get()) : "";
        em.persist(new NominationTransition(nomination, from, row.action(), user, actingUnit, comment, facts.now()));
        audit.recordAs(user, "NOMINATION_" + row.action().name(), "Nomination", nomination.getId(), from.name(),
                row.to().name() + (comment == null || comment.isBlank() ? "" : " | " + comment.strip()) + decided);
        return new NominationTransitioned(nomination, row.action(), from, row.to(), user);
    }

    /**
     * Locks the dossiers' nominees (SELECT ... FOR UPDATE) until the transaction ends, in id order so that two callers
     * never wait for each other, before their eligibility is checked: two dossiers of one person submitted or decided
     * at once are checked one after the other, and the second sees the award the first has just entered.
     */
    void lockNominees(Collection<Nomination> dossiers) {
        List<Nominee> nominees = dossiers.stream().map(Nomination::getNominee).distinct()
                .sorted(Comparator.comparing(Nominee::getId)).toList();
        try {
            nominees.forEach(nominee -> em.lock(nominee, LockModeType.PESSIMISTIC_WRITE));
        } catch (PessimisticLockException | LockTimeoutException e) {
            throw new BusinessException("nomination.changed");
        }
    }

    static void requireVersion(Nomination nomination, Long version) {
        if (version == null || nomination.getVersion() != version) {
            throw new BusinessException("nomination.changed");
        }
    }

    /** The decided dossier's award enters the registry. */
    private String enter(Nomination nomination, Decision decision) {
        em.persist(Award.of(nomination, decision));
        nomination.decidedBy(decision);
        return decision.getNumber();
    }

    private static Candidate candidate(Nomination nomination) {
        AwardType type = nomination.getAwardType();
        return new Candidate(type.getCode(), type.getNameVi(), type.eligibility(),
                nomination.getMovement() == null ? null : nomination.getMovement().getId(),
                nomination.getYearFrom(), nomination.getYearTo());
    }
}
