package vn.thidua.commendation.registry;

import jakarta.persistence.EntityManager;
import java.util.List;
import vn.thidua.commendation.RecipientKind;
import vn.thidua.platform.persistence.Rows;

/**
 * Two grouped reads over a unit's family ({@link UnitFamilies}): the awards its units proposed, counted by type,
 * year and kind of recipient, and the decisions its units issued, with their award counts. Callers check scope (a
 * term review's service checks the review's unit; the demo loader acts for the system).
 */
public final class AwardStatisticsQueries {

    private static final String FAMILY = "stat_family";

    private final EntityManager em;

    public AwardStatisticsQueries(EntityManager em) {
        this.em = em;
    }

    /** The commendations of the years {@code from}–{@code to} in the unit's family. */
    public AwardStatistics of(long unitId, int from, int to) {
        String family = "WITH RECURSIVE " + UnitFamilies.cte(FAMILY, String.valueOf(unitId)) + " ";
        List<?> counts = em.createNativeQuery(family + "SELECT t.code, t.name_vi, l.code, l.name_vi, a.award_year,"
                        + " e.kind, COUNT(*) FROM award a JOIN award_type t ON t.id = a.award_type_id"
                        + " JOIN org_level l ON l.id = t.granting_level_id JOIN nominee e ON e.id = a.nominee_id"
                        + " WHERE a.unit_id IN (SELECT unit_id FROM " + FAMILY + ") AND a.award_year BETWEEN ?1 AND ?2"
                        + " GROUP BY t.code, t.name_vi, t.sort_order, l.code, l.name_vi, l.rank_order, a.award_year, e.kind"
                        + " ORDER BY l.rank_order, t.sort_order, t.code, a.award_year, e.kind")
                .setParameter(1, from).setParameter(2, to).getResultList();
        List<?> decisions = em.createNativeQuery(family + "SELECT d.number_text, d.signed_on, v.name, t.name_vi,"
                        + " (SELECT COUNT(*) FROM award a WHERE a.decision_id = d.id) FROM decision d"
                        + " JOIN award_type t ON t.id = d.award_type_id JOIN org_unit_version v ON v.unit_id = d.issuing_unit_id"
                        + " AND v.valid_from <= d.signed_on AND (v.valid_to IS NULL OR v.valid_to > d.signed_on)"
                        + " WHERE d.issuing_unit_id IN (SELECT unit_id FROM " + FAMILY + ")"
                        + " AND d.decision_year BETWEEN ?1 AND ?2 ORDER BY d.signed_on, d.id")
                .setParameter(1, from).setParameter(2, to).getResultList();
        return new AwardStatistics(counts.stream().map(row -> (Object[]) row).map(r -> new AwardStatistics.Count(
                        Rows.text(r[0]), Rows.text(r[1]), Rows.text(r[2]), Rows.text(r[3]), (int) Rows.number(r[4]),
                        RecipientKind.valueOf(Rows.text(r[5])), Rows.number(r[6]))).toList(),
                decisions.stream().map(row -> (Object[]) row).map(r -> new AwardStatistics.IssuedDecision(
                        Rows.text(r[0]), Rows.date(r[1]), Rows.text(r[2]), Rows.text(r[3]), Rows.number(r[4])))
                        .toList());
    }
}
