package vn.thidua.result;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import vn.thidua.movement.PeriodCensus;
import vn.thidua.platform.persistence.Rows;
import vn.thidua.platform.time.Validity;

/**
 * Keeps {@code result_total}: for every unit, the sums of its subtree's values per indicator and period (as the
 * tree was on the period's as_of), over all reports and over approved ones. A change adds its difference to the
 * report's unit and each of its ancestors (a handful of rows), inside the caller's transaction; callers serialise
 * changes of one movement by locking the movement first. {@link #rebuild} recomputes a period from the reports.
 */
public class ResultTotals {

    private final EntityManager em;

    public ResultTotals(EntityManager em) {
        this.em = em;
    }

    /** The unit and its ancestors on {@code date}, the unit first. */
    public List<Long> ancestors(long unitId, LocalDate date) {
        List<?> rows = em.createNativeQuery("WITH RECURSIVE up(unit_id, depth) AS (SELECT CAST(?1 AS BIGINT), 0"
                        + " UNION ALL SELECT v.parent_id, up.depth + 1 FROM org_unit_version v JOIN up ON v.unit_id = up.unit_id"
                        + " WHERE " + Validity.sql("v", 2) + " AND v.parent_id IS NOT NULL) SELECT unit_id FROM up ORDER BY depth")
                .setParameter(1, unitId).setParameter(2, date).getResultList();
        return rows.stream().map(Rows::number).toList();
    }

    /**
     * Adds a report's value difference to the totals of {@code units} (a report's unit and its ancestors): the
     * amount, the yes answers, and the answers (a value given, whatever it is).
     */
    public void add(List<Long> units, long indicatorId, long periodId, long amount, int yes, int answers,
                    boolean approved) {
        if (amount == 0 && yes == 0 && answers == 0) {
            return;
        }
        String ids = units.stream().map(String::valueOf).collect(Collectors.joining(","));
        em.createNativeQuery("INSERT INTO result_total (unit_id, indicator_id, period_id) SELECT u.id, ?1, ?2"
                        + " FROM org_unit u WHERE u.id IN (" + ids + ") AND NOT EXISTS (SELECT 1 FROM result_total t"
                        + " WHERE t.unit_id = u.id AND t.indicator_id = ?1 AND t.period_id = ?2)")
                .setParameter(1, indicatorId).setParameter(2, periodId).executeUpdate();
        String columns = approved ? "amount_approved = amount_approved + ?3, yes_approved = yes_approved + ?4,"
                + " answers_approved = answers_approved + ?5"
                : "amount_all = amount_all + ?3, yes_all = yes_all + ?4, answers_all = answers_all + ?5";
        em.createNativeQuery("UPDATE result_total SET " + columns + " WHERE indicator_id = ?1 AND period_id = ?2"
                        + " AND unit_id IN (" + ids + ")")
                .setParameter(1, indicatorId).setParameter(2, periodId).setParameter(3, amount).setParameter(4, yes)
                .setParameter(5, answers).executeUpdate();
    }

    /** Recomputes the totals of one movement and period from its reports, over the tree of the period's as_of. */
    public void rebuild(long movementId, long periodId, LocalDate asOf) {
        em.createNativeQuery("DELETE FROM result_total WHERE period_id = ?1 AND indicator_id IN"
                        + " (SELECT id FROM indicator WHERE movement_id = ?2)")
                .setParameter(1, periodId).setParameter(2, movementId).executeUpdate();
        String approved = "r.status IN ('APPROVED', 'LOCKED')";
        String answered = "(rv.amount IS NOT NULL OR rv.flag IS NOT NULL OR rv.text_value IS NOT NULL)";
        em.createNativeQuery("INSERT INTO result_total (unit_id, indicator_id, period_id, amount_all, yes_all,"
                        + " amount_approved, yes_approved, answers_all, answers_approved) " + PeriodCensus.TREE
                        + "SELECT t.ancestor_id, rv.indicator_id, r.period_id, SUM(COALESCE(rv.amount, 0)),"
                        + " SUM(CASE WHEN rv.flag = TRUE THEN 1 ELSE 0 END),"
                        + " SUM(CASE WHEN " + approved + " THEN COALESCE(rv.amount, 0) ELSE 0 END),"
                        + " SUM(CASE WHEN " + approved + " AND rv.flag = TRUE THEN 1 ELSE 0 END),"
                        + " SUM(CASE WHEN " + answered + " THEN 1 ELSE 0 END),"
                        + " SUM(CASE WHEN " + approved + " AND " + answered + " THEN 1 ELSE 0 END)"
                        + " FROM tree t JOIN result_report r ON r.unit_id = t.unit_id"
                        + " JOIN result_value rv ON rv.report_id = r.id"
                        + " WHERE r.period_id = ?2 AND r.movement_id = ?3"
                        + " GROUP BY t.ancestor_id, rv.indicator_id, r.period_id")
                .setParameter(1, asOf).setParameter(2, periodId).setParameter(3, movementId).executeUpdate();
    }
}
