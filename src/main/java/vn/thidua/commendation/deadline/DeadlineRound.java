package vn.thidua.commendation.deadline;

import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;

/**
 * One round of the deadline job, as any instance's timer (or a test) runs it: take the lease, and if this instance
 * got it, hand over the dossiers held by units that have closed, close the public comment periods that have ended,
 * then send the reminders. Each part commits on its own. The lease keeps the other instances out for this round;
 * even without it a step is taken once, since it locks the dossier and the second finds it taken.
 */
public final class DeadlineRound {

    public static final String JOB = "stage-deadlines";
    /** A little shorter than the timer's period, so that the next round finds it free. */
    public static final Duration LEASE = Duration.ofMinutes(4);

    /** Runs work in a transaction of its own, committed when the work returns. */
    public interface Transactions {
        <T> T inNew(Function<EntityManager, T> work);
    }

    /**
     * What a round did: the dossiers whose comment period it closed, how many it reminded of, the dossiers it handed
     * over from closed units; {@code ran} is false when another instance held the lease.
     */
    public record Outcome(boolean ran, List<Long> commentsClosed, int reminders, List<Long> handedOver) {

        static final Outcome SKIPPED = new Outcome(false, List.of(), 0, List.of());
    }

    private final String owner;

    public DeadlineRound(String owner) {
        this.owner = owner;
    }

    public Outcome run(Instant now, Transactions transactions) {
        boolean leased = transactions.inNew(em -> new JobLease(em).take(JOB, owner, now, LEASE));
        if (!leased) {
            return Outcome.SKIPPED;
        }
        List<Long> handedOver = transactions.inNew(em -> new StageDeadlines(em).handOverFromClosedUnits(now));
        List<Long> closed = transactions.inNew(em -> new StageDeadlines(em).closeExpiredComments(now));
        int reminders = transactions.inNew(em -> new StageDeadlines(em).remindOverdue(now));
        return new Outcome(true, closed, reminders, handedOver);
    }
}
