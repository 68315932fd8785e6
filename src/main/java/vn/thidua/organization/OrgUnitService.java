package vn.thidua.organization;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.time.LocalDate;
import java.util.List;
import vn.thidua.identity.Role;
import vn.thidua.platform.error.NotFoundException;
import vn.thidua.platform.persistence.Rows;
import vn.thidua.platform.scope.Action;
import vn.thidua.platform.scope.Scope;
import vn.thidua.platform.scope.ScopeFilter;
import vn.thidua.platform.text.SearchText;
import vn.thidua.platform.time.Validity;

/**
 * Reading the hierarchy as of a date, and a unit's history. Each question is one SQL query, filtered by the
 * caller's scope.
 */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.LEADER_NAME, Role.OFFICER_NAME, Role.COUNCIL_MEMBER_NAME, Role.VIEWER_NAME})
public class OrgUnitService {

    private static final String UNIT_COLUMNS = "u.id, u.code, v.name, v.unit_type, l.code, p.code, u.valid_from,"
            + " u.valid_to FROM org_unit_version v JOIN org_unit u ON u.id = v.unit_id"
            + " JOIN org_level l ON l.id = u.level_id LEFT JOIN org_unit p ON p.id = v.parent_id";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Scope scope;

    /** The units that existed on {@code asOf}, optionally of one level and/or under one parent (by code). */
    public List<OrgUnitView> list(LocalDate asOf, String levelCode, String parentCode) {
        ScopeFilter filter = scope.filter(Action.READ, asOf);
        if (parentCode != null) {
            OrgUnitView parent = find(parentCode, asOf);
            scope.check(Action.READ, parent.id(), asOf);
            filter = new ScopeFilter(true, "");
        }
        StringBuilder sql = new StringBuilder(filter.everything() ? "" : filter.cte(1))
                .append("SELECT ").append(UNIT_COLUMNS).append(" WHERE ").append(Validity.sql("v", 1));
        if (!filter.everything()) {
            sql.append(" AND v.unit_id IN (SELECT unit_id FROM scope_units)");
        }
        if (levelCode != null) {
            sql.append(" AND l.code = ?2");
        }
        if (parentCode != null) {
            sql.append(" AND p.code = ?3");
        }
        sql.append(" ORDER BY l.rank_order, v.name_search, u.code");
        Query query = em.createNativeQuery(sql.toString()).setParameter(1, asOf);
        if (levelCode != null) {
            query.setParameter(2, levelCode);
        }
        if (parentCode != null) {
            query.setParameter(3, parentCode);
        }
        return views(query.getResultList());
    }

    /**
     * Units existing on {@code asOf} whose name contains {@code text} ignoring diacritics and case ("ha long" finds
     * "Hạ Long"), or whose code starts with it; within the caller's scope, at most {@code limit}.
     */
    public List<OrgUnitView> search(String text, LocalDate asOf, int limit) {
        String needle = SearchText.normalize(text);
        if (needle.isEmpty()) {
            return List.of();
        }
        ScopeFilter filter = scope.filter(Action.READ, asOf);
        String sql = (filter.everything() ? "" : filter.cte(1)) + "SELECT " + UNIT_COLUMNS + " WHERE "
                + Validity.sql("v", 1) + (filter.everything() ? "" : " AND v.unit_id IN (SELECT unit_id FROM scope_units)")
                + " AND (v.name_search LIKE ?2 OR u.code LIKE ?3) ORDER BY l.rank_order, v.name_search";
        return views(em.createNativeQuery(sql).setParameter(1, asOf).setParameter(2, "%" + needle + "%")
                .setParameter(3, needle + "%").setMaxResults(limit).getResultList());
    }

    /** The unit with this code on {@code asOf}, with where it came from and where it went. */
    public OrgUnitHistory history(String code, LocalDate asOf) {
        OrgUnitView unit = find(code, asOf);
        scope.check(Action.READ, unit.id(), asOf);
        return new OrgUnitHistory(unit, steps(unit.id(), true), steps(unit.id(), false));
    }

    /** The unit with this code on {@code asOf}; refused when it is outside the caller's scope. */
    public OrgUnitView get(String code, LocalDate asOf) {
        OrgUnitView unit = find(code, asOf);
        scope.check(Action.READ, unit.id(), asOf);
        return unit;
    }

    private OrgUnitView find(String code, LocalDate asOf) {
        Query query = em.createNativeQuery("SELECT " + UNIT_COLUMNS + " WHERE u.code = ?1 AND "
                + Validity.sql("v", 2)).setParameter(1, code).setParameter(2, asOf);
        return views(query.getResultList()).stream().findFirst()
                .orElseThrow(() -> new NotFoundException("org.unit.notFound", code, asOf));
    }

    private List<OrgUnitHistory.Step> steps(long unitId, boolean backwards) {
        String from = backwards ? "successor_id" : "predecessor_id";
        String to = backwards ? "predecessor_id" : "successor_id";
        String sql = "WITH RECURSIVE chain(unit_id) AS (SELECT CAST(?1 AS BIGINT) UNION ALL"
                + " SELECT l." + to + " FROM org_event_link l JOIN chain c ON l." + from + " = c.unit_id)"
                + " SELECT DISTINCT e.effective_date, e.kind, e.legal_basis, pu.code,"
                + " (SELECT pv.name FROM org_unit_version pv WHERE pv.unit_id = pu.id"
                + "  AND pv.valid_from < e.effective_date AND (pv.valid_to IS NULL OR pv.valid_to >= e.effective_date)),"
                + " su.code,"
                + " (SELECT sv.name FROM org_unit_version sv WHERE sv.unit_id = su.id"
                + "  AND sv.valid_from <= e.effective_date AND (sv.valid_to IS NULL OR sv.valid_to > e.effective_date)),"
                + " l.partial_transfer, l.inherits_history"
                + " FROM org_event_link l JOIN chain c ON l." + from + " = c.unit_id"
                + " JOIN org_event e ON e.id = l.event_id JOIN org_unit pu ON pu.id = l.predecessor_id"
                + " JOIN org_unit su ON su.id = l.successor_id"
                + " ORDER BY e.effective_date DESC, su.code, pu.code";
        List<?> rows = em.createNativeQuery(sql).setParameter(1, unitId).getResultList();
        return rows.stream().map(Object[].class::cast).map(r -> new OrgUnitHistory.Step(Rows.date(r[0]),
                Rows.text(r[1]), Rows.text(r[2]), Rows.text(r[3]), Rows.text(r[4]), Rows.text(r[5]),
                Rows.text(r[6]), Rows.bool(r[7]), Rows.bool(r[8]))).toList();
    }

    private static List<OrgUnitView> views(List<?> rows) {
        return rows.stream().map(Object[].class::cast).map(r -> new OrgUnitView(Rows.number(r[0]),
                Rows.text(r[1]), Rows.text(r[2]), Rows.text(r[3]), Rows.text(r[4]), Rows.text(r[5]),
                Rows.date(r[6]), r[7] == null ? null : Rows.date(r[7]).minusDays(1))).toList();
    }
}
