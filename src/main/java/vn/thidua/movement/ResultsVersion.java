package vn.thidua.movement;

import jakarta.persistence.EntityManager;

/**
 * The counter of a movement's results ({@code movement.results_version}): raised in the same transaction as every
 * change of what its roll-ups read — values, workflow states, targets, the tree — so that anything computed from
 * them can tell it is stale. A native update: the movement's own optimistic version is not touched.
 */
public final class ResultsVersion {

    private ResultsVersion() {
    }

    public static void changed(EntityManager em, long movementId) {
        em.createNativeQuery("UPDATE movement SET results_version = results_version + 1 WHERE id = ?1")
                .setParameter(1, movementId).executeUpdate();
    }

    /** Every movement at once (a restructuring moves units between subtrees). */
    public static void allChanged(EntityManager em) {
        em.createNativeQuery("UPDATE movement SET results_version = results_version + 1").executeUpdate();
    }

    public static long of(EntityManager em, long movementId) {
        return ((Number) em.createNativeQuery("SELECT results_version FROM movement WHERE id = ?1")
                .setParameter(1, movementId).getSingleResult()).longValue();
    }
}
