package vn.thidua.movement;

import jakarta.persistence.EntityManager;
import vn.thidua.platform.time.Validity;

/**
 * The unit census of a reporting period ({@code org_census}): for each unit, how many units of each level its
 * subtree held on the period's as_of, itself included. These are the denominators of coverage.
 */
public class PeriodCensus {

    /**
     * Every (ancestor, unit) pair of the tree on the date bound to ?1, each unit its own ancestor too: a recursive
     * CTE named {@code tree(ancestor_id, unit_id)} for queries that group a period's facts by ancestor.
     */
    public static final String TREE = "WITH RECURSIVE tree(ancestor_id, unit_id) AS ("
            + " SELECT v.unit_id, v.unit_id FROM org_unit_version v WHERE " + Validity.sql("v", 1)
            + " UNION ALL SELECT t.ancestor_id, v.unit_id FROM tree t JOIN org_unit_version v ON v.parent_id = t.unit_id"
            + " WHERE " + Validity.sql("v", 1) + ") ";

    private final EntityManager em;

    public PeriodCensus(EntityManager em) {
        this.em = em;
    }

    /** Builds the census of every period that has none yet; how many it built. */
    public int buildMissing() {
        int built = 0;
        for (ReportingPeriod period : em.createQuery("select p from ReportingPeriod p", ReportingPeriod.class)
                .getResultList()) {
            long rows = ((Number) em.createNativeQuery("SELECT COUNT(*) FROM org_census WHERE period_id = ?1")
                    .setParameter(1, period.getId()).getSingleResult()).longValue();
            if (rows == 0) {
                rebuild(period);
                built++;
            }
        }
        return built;
    }

    public void rebuild(ReportingPeriod period) {
        em.createNativeQuery("DELETE FROM org_census WHERE period_id = ?1").setParameter(1, period.getId())
                .executeUpdate();
        em.createNativeQuery("INSERT INTO org_census (period_id, unit_id, level_id, units) " + TREE
                        + "SELECT ?2, t.ancestor_id, u.level_id, COUNT(*) FROM tree t JOIN org_unit u ON u.id = t.unit_id"
                        + " GROUP BY t.ancestor_id, u.level_id")
                .setParameter(1, period.getAsOf()).setParameter(2, period.getId()).executeUpdate();
    }
}
