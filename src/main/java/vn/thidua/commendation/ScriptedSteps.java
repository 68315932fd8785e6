package vn.thidua.commendation;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import vn.thidua.commendation.document.SignedDocuments;
import vn.thidua.movement.Movement;
import vn.thidua.organization.OrgUnit;
import vn.thidua.platform.audit.AuditLog;

/**
 * Demo dossiers drafted and moved by the application itself in the name of a user, at every stage: each step goes
 * through {@link NominationWorkflow} with the user's roles as they were on a given day, exactly as
 * {@link NominationService#act} takes it, and writes the same history and audit rows. Everything it creates
 * (dossier, decision, award) is marked demo; a decision's documents are kept as signed. No page or API reaches this
 * class: it runs inside the caller's transaction (the demo loader's), with no caller to check.
 */
public final class ScriptedSteps {

    private final EntityManager em;
    private final AuditLog audit;

    public ScriptedSteps(EntityManager em, AuditLog audit) {
        this.em = em;
        this.audit = audit;
    }

    /** A new draft by {@code user} of {@code unit}, as of {@code on} (its route is the chain above it that day). */
    public Nomination draft(String user, OrgUnit unit, Nominee nominee, AwardType type, Movement movement,
                            int yearFrom, int yearTo, String summary, LocalDate on) {
        Nomination nomination = new Nomination(nominee, unit, user);
        nomination.describe(type, movement, yearFrom, yearTo, summary, user);
        nomination.addRoute(new NominationRoutes(em).chainIds(unit, on));
        nomination.markDemo();
        em.persist(nomination);
        em.flush();
        audit.recordAs(user, "NOMINATION_CREATED", "Nomination", nomination.getId(), null,
                nominee.getName() + " | " + type.getCode());
        return nomination;
    }

    /** Takes {@code action} as {@code user} with the roles they held on {@code on}; refused as for anyone. */
    public void take(String user, Nomination nomination, NominationAction action, String comment, LocalDate on) {
        DossierSteps steps = new DossierSteps(em, audit, user);
        DossierFacts facts = steps.facts(nomination, comment, on);
        NominationWorkflow.Row row = steps.permitted(nomination, action, nomination.getVersion(), facts);
        steps.take(nomination, row, facts, on, () -> new Decisions(em).open(nomination.getCurrentUnit(),
                nomination.getAwardType(), on, user, null, null));
        if (nomination.getDecision() != null) {
            nomination.getDecision().markDemo();
            em.createQuery("select a from Award a where a.nomination = :n", Award.class)
                    .setParameter("n", nomination).getResultStream().forEach(Award::markDemo);
            em.flush();
            new SignedDocuments(em).keep(nomination.getDecision());
        }
        em.flush();
    }
}
