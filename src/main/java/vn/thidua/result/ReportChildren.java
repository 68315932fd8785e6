package vn.thidua.result;

import jakarta.persistence.EntityManager;
import java.util.List;
import vn.thidua.movement.Movement;
import vn.thidua.movement.ReportingPeriod;
import vn.thidua.platform.persistence.Rows;
import vn.thidua.platform.time.Validity;

/**
 * The units right below a unit on a period's as_of that report in a movement (down to the deepest entry level of
 * its indicators), in name order, with their level and the state of their report for the period, in one query.
 */
final class ReportChildren {

    /** A child unit; {@code status} null when it has not started its report. */
    record Child(long unitId, String code, String name, long levelId, String levelCode, ReportStatus status) {
    }

    private final EntityManager em;

    ReportChildren(EntityManager em) {
        this.em = em;
    }

    List<Child> of(Movement movement, ReportingPeriod period, long unitId) {
        List<?> rows = em.createNativeQuery("SELECT c.id, c.code, v.name, l.id, l.code, r.status"
                        + " FROM org_unit_version v JOIN org_unit c ON c.id = v.unit_id JOIN org_level l ON l.id = c.level_id"
                        + " LEFT JOIN result_report r ON r.unit_id = c.id AND r.movement_id = ?2 AND r.period_id = ?3"
                        + " WHERE v.parent_id = ?4 AND " + Validity.sql("v", 1) + " AND l.rank_order <= ?5"
                        + " ORDER BY v.name_search, c.code")
                .setParameter(1, period.getAsOf()).setParameter(2, movement.getId())
                .setParameter(3, period.getId()).setParameter(4, unitId)
                .setParameter(5, deepestRank(movement)).getResultList();
        return rows.stream().map(row -> (Object[]) row).map(r -> new Child(Rows.number(r[0]), Rows.text(r[1]),
                Rows.text(r[2]), Rows.number(r[3]), Rows.text(r[4]),
                r[5] == null ? null : ReportStatus.valueOf(Rows.text(r[5])))).toList();
    }

    /** The rank of the deepest level at which the movement's indicators are entered: no unit below it reports. */
    static int deepestRank(Movement movement) {
        return movement.getIndicators().stream().mapToInt(i -> i.getEntryLevel().getRank()).max().orElse(0);
    }
}
