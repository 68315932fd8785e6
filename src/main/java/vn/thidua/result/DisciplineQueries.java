package vn.thidua.result;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.thidua.movement.Movement;
import vn.thidua.platform.persistence.Rows;

/**
 * Reporting discipline ({@link Discipline}) in two reads per movement: the units expected to report — on each
 * period's as_of, the subtree of the unit and of the units whose history it inherited, down to the movement's
 * deepest entry level — counted by period in SQL, and the late or missing ones, by name. Callers check scope.
 */
final class DisciplineQueries {

    /** Sent after the grace days, counted in Vietnam's calendar whatever the database's time zone. */
    private static final String LATE = "CAST(r.submitted_at AT TIME ZONE 'Asia/Ho_Chi_Minh' AS DATE) > sub.as_of + "
            + Discipline.GRACE_DAYS;

    private final EntityManager em;

    DisciplineQueries(EntityManager em) {
        this.em = em;
    }

    Discipline of(Movement movement, long unitId, List<PeriodInfo> periods) {
        String lineage = Rollups.ids(new Rollups(em).lineageOf(unitId));
        String from = "WITH RECURSIVE sub(unit_id, period_id, as_of) AS (SELECT u.id, p.id, p.as_of FROM org_unit u"
                + " JOIN reporting_period p ON p.id IN (" + Rollups.ids(periods.stream().map(PeriodInfo::id).toList())
                + ") WHERE u.id IN (" + lineage + ") AND u.valid_from <= p.as_of AND (u.valid_to IS NULL"
                + " OR u.valid_to > p.as_of) UNION ALL SELECT v.unit_id, sub.period_id, sub.as_of FROM org_unit_version v"
                + " JOIN sub ON v.parent_id = sub.unit_id WHERE v.valid_from <= sub.as_of"
                + " AND (v.valid_to IS NULL OR v.valid_to > sub.as_of))"
                + " %s FROM sub JOIN org_unit c ON c.id = sub.unit_id JOIN org_level l ON l.id = c.level_id"
                + " LEFT JOIN result_report r ON r.unit_id = c.id AND r.movement_id = ?1 AND r.period_id = sub.period_id"
                + " WHERE l.rank_order <= ?2";
        int deepest = ReportChildren.deepestRank(movement);
        Map<Long, Object[]> counts = new HashMap<>();
        for (Object row : em.createNativeQuery(from.formatted("SELECT sub.period_id, COUNT(*),"
                        + " SUM(CASE WHEN r.submitted_at IS NULL THEN 1 ELSE 0 END),"
                        + " SUM(CASE WHEN r.submitted_at IS NOT NULL AND " + LATE + " THEN 1 ELSE 0 END)")
                + " GROUP BY sub.period_id").setParameter(1, movement.getId()).setParameter(2, deepest)
                .getResultList()) {
            Object[] r = (Object[]) row;
            counts.put(Rows.number(r[0]), r);
        }
        List<Discipline.PeriodCount> perPeriod = new ArrayList<>();
        Map<Long, PeriodInfo> byId = new HashMap<>();
        for (PeriodInfo period : periods) {
            byId.put(period.id(), period);
            Object[] r = counts.get(period.id());
            perPeriod.add(new Discipline.PeriodCount(period.code(), period.year(), r == null ? 0 : Rows.number(r[1]),
                    r == null ? 0 : Rows.number(r[2]), r == null ? 0 : Rows.number(r[3])));
        }
        List<?> rows = em.createNativeQuery(from.formatted("SELECT sub.period_id, c.code, v.name, l.name_vi,"
                        + " r.status, r.submitted_at")
                        .replace(" WHERE l.rank_order", " JOIN org_unit_version v ON v.unit_id = c.id"
                                + " AND v.valid_from <= sub.as_of AND (v.valid_to IS NULL OR v.valid_to > sub.as_of)"
                                + " WHERE l.rank_order")
                        + " AND (r.submitted_at IS NULL OR " + LATE + ") ORDER BY sub.as_of, l.rank_order, v.name_search, c.code")
                .setParameter(1, movement.getId()).setParameter(2, deepest)
                .setMaxResults(Discipline.LIST_LIMIT + 1).getResultList();
        List<Discipline.Lapse> lapses = rows.stream().limit(Discipline.LIST_LIMIT).map(row -> (Object[]) row)
                .map(r -> new Discipline.Lapse(byId.get(Rows.number(r[0])).code(), Rows.text(r[1]), Rows.text(r[2]),
                        Rows.text(r[3]), r[4] == null ? null : ReportStatus.valueOf(Rows.text(r[4])),
                        Rows.instant(r[5])))
                .toList();
        return new Discipline(movement.getCode(), perPeriod, lapses, rows.size() > Discipline.LIST_LIMIT);
    }
}
