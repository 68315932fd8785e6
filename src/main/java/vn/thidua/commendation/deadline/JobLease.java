package vn.thidua.commendation.deadline;

import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import vn.thidua.commendation.SqlInstants;

/**
 * A lease on a scheduled job (job_lease): taken by one UPDATE that succeeds only once the previous lease has expired,
 * so of the instances whose timers fire together exactly one takes it. It is not given back: it runs out by itself,
 * which also frees it when its holder dies mid-round. Take it in a transaction of its own, committed at once.
 */
public class JobLease {

    private final EntityManager em;

    public JobLease(EntityManager em) {
        this.em = em;
    }

    /** Takes the lease of {@code job} for {@code owner} until {@code now + length}; whether it was free. */
    public boolean take(String job, String owner, Instant now, Duration length) {
        return em.createNativeQuery("UPDATE job_lease SET owner = ?1, expires_at = ?2 WHERE name = ?3"
                        + " AND expires_at <= ?4")
                .setParameter(1, owner).setParameter(2, SqlInstants.of(now.plus(length))).setParameter(3, job)
                .setParameter(4, SqlInstants.of(now)).executeUpdate() == 1;
    }
}
