package vn.thidua.commendation;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import vn.thidua.platform.audit.AuditEntry;
import vn.thidua.platform.audit.AuditLog;

/**
 * Steps the application takes by itself, through the same transition table as everybody's: closing a public
 * comment period whose deadline has passed. Each is written to the dossier's history and to the audit log as
 * {@value AuditLog#SYSTEM}, in the caller's transaction. The dossier is locked first, so of two instances (or threads)
 * closing the same period, the second finds it closed already and does nothing.
 */
public class SystemSteps {

    private final EntityManager em;

    public SystemSteps(EntityManager em) {
        this.em = em;
    }

    /** Closes the public comment of the dossier if its period is over at {@code now}; whether it did. */
    public boolean closeComment(long nominationId, Instant now) {
        Nomination nomination = em.find(Nomination.class, nominationId, LockModeType.PESSIMISTIC_WRITE);
        if (nomination == null) {
            return false;
        }
        NominationAction action = NominationAction.CLOSE_COMMENT;
        NominationWorkflow.Verdict verdict = NominationWorkflow.decide(nomination.getState(), action,
                DossierFacts.ofSystem(nomination, now));
        if (!verdict.allowed() || verdict.row().move() != Move.STAY) {
            return false;
        }
        NominationState from = nomination.getState();
        nomination.moveTo(verdict.row().to(), nomination.getCurrentUnit(), null, now);
        em.persist(new NominationTransition(nomination, from, action, AuditLog.SYSTEM, nomination.getCurrentUnit(),
                null, now));
        em.persist(new AuditEntry(AuditLog.SYSTEM, "NOMINATION_" + action.name(), "Nomination",
                String.valueOf(nominationId), from.name(), verdict.row().to().name()));
        return true;
    }
}
