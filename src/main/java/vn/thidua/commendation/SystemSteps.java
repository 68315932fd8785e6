package vn.thidua.commendation;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import vn.thidua.organization.OrgUnit;
import vn.thidua.platform.audit.AuditEntry;
import vn.thidua.platform.audit.AuditLog;
import vn.thidua.platform.error.BusinessException;
import vn.thidua.platform.time.Formats;

/**
 * Steps the application takes by itself, through the same transition table as everybody's: closing a public
 * comment period whose deadline has passed, and handing over a dossier whose holder has closed in a reform. Each is
 * written to the dossier's history and to the audit log as {@value AuditLog#SYSTEM}, in the caller's transaction.
 * The dossier is locked first, so of two instances (or threads) taking the same step, the second finds it taken
 * already (the period closed, the dossier at an open unit) and does nothing.
 */
public class SystemSteps {

    /** One hand-over: the dossier went from a closed unit to another, by {@code action}. */
    public record Handover(NominationAction action, OrgUnit from, OrgUnit to, NominationState state) {
    }

    private static final Logger LOG = Logger.getLogger(SystemSteps.class.getName());

    /** More hand-overs of one dossier in a row than any reform makes (a closed heir, a closed parent): a bound. */
    private static final int MAX_HANDOVERS = 5;

    private final EntityManager em;

    public SystemSteps(EntityManager em) {
        this.em = em;
    }

    /** Closes the public comment of the dossier if its period is over at {@code now}; whether it did. */
    public boolean closeComment(long nominationId, Instant now) {
        Nomination nomination = em.find(Nomination.class, nominationId, LockModeType.PESSIMISTIC_WRITE);
        return nomination != null && take(nomination, NominationAction.CLOSE_COMMENT, now);
    }

    /**
     * Hands the dossier over while the unit holding it has closed by {@code now}: to the unit that took over that
     * unit's history, else up to the unit above it on its last day; again if that unit has closed too. Answers the
     * hand-overs made, in order (none when the holder is open or the state has no hand-over).
     */
    public List<Handover> handOver(long nominationId, Instant now) {
        Nomination nomination = em.find(Nomination.class, nominationId, LockModeType.PESSIMISTIC_WRITE);
        List<Handover> handovers = new ArrayList<>();
        Optional<Handover> next = nomination == null ? Optional.empty() : handOverOnce(nomination, now);
        while (next.isPresent()) {
            handovers.add(next.get());
            next = handovers.size() < MAX_HANDOVERS ? handOverOnce(nomination, now) : Optional.empty();
        }
        return handovers;
    }

    /**
     * The first hand-over the table allows now, taken. A closed unit with nobody above it on its last day (the top of
     * a structure, closed without an heir) keeps the dossier: that is logged, and the round goes on.
     */
    private Optional<Handover> handOverOnce(Nomination nomination, Instant now) {
        OrgUnit from = nomination.getCurrentUnit();
        try {
            for (NominationAction action : NominationWorkflow.HANDOVERS) {
                if (take(nomination, action, now)) {
                    return Optional.of(new Handover(action, from, nomination.getCurrentUnit(),
                            nomination.getState()));
                }
            }
        } catch (BusinessException e) {
            LOG.warning(() -> "Dossier " + nomination.getId() + " stays at the closed unit " + from.getCode() + ": "
                    + e.getMessageKey());
        }
        return Optional.empty();
    }

    /** Takes the application's {@code action} if the table allows it now; whether it did. */
    private boolean take(Nomination nomination, NominationAction action, Instant now) {
        NominationRoutes routes = new NominationRoutes(em);
        NominationWorkflow.Verdict verdict = NominationWorkflow.decide(nomination.getState(), action,
                DossierFacts.ofSystem(nomination, now, routes));
        if (!verdict.allowed()) {
            return false;
        }
        NominationWorkflow.Row row = verdict.row();
        NominationState from = nomination.getState();
        OrgUnit before = nomination.getCurrentUnit();
        LocalDate today = now.atZone(Formats.ZONE).toLocalDate();
        OrgUnit holder = routes.holderAfter(nomination, row.move(), today);
        nomination.addRoute(List.of(holder.getId()));
        nomination.moveTo(row.to(), holder, null, now);
        em.persist(new NominationTransition(nomination, from, action, AuditLog.SYSTEM, holder, null, now));
        String moved = holder.equals(before) ? "" : " | " + before.getCode() + " → " + holder.getCode();
        em.persist(new AuditEntry(AuditLog.SYSTEM, "NOMINATION_" + action.name(), "Nomination",
                String.valueOf(nomination.getId()), from.name(), row.to().name() + moved));
        return true;
    }
}
