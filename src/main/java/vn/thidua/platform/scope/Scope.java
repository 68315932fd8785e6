package vn.thidua.platform.scope;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.time.LocalDate;
import vn.thidua.platform.error.AccessDeniedException;
import vn.thidua.platform.time.Formats;

/**
 * The one answer to "may the caller do ACTION on data of unit U as of date D?". A role the caller holds at unit A,
 * today or on D, covers A's subtree as it was on D; a role held today also covers the subtrees of A's predecessors
 * whose history A inherited (so a merged commune's officers see what their old communes reported, and a district's
 * officers keep their district's past after the district level ended). Every service asks here; lists filter by
 * {@link #unitsCte} in SQL.
 */
@Stateless
@PermitAll
public class Scope {

    /** Valid on the date bound to ?3. */
    private static final String VALID = "v.valid_from <= ?3 AND (v.valid_to IS NULL OR v.valid_to > ?3)";

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext context;

    public boolean covers(Action action, long unitId, LocalDate date) {
        Query query = em.createNativeQuery(unitsCte(action)
                + " SELECT COUNT(*) FROM scope_units WHERE unit_id = ?4");
        bind(query, date).setParameter(4, unitId);
        return ((Number) query.getSingleResult()).longValue() > 0;
    }

    public void check(Action action, long unitId, LocalDate date) {
        if (!covers(action, unitId, date)) {
            throw new AccessDeniedException();
        }
    }

    /**
     * A {@code WITH RECURSIVE} clause defining {@code scope_units(unit_id)}: the units whose data the caller may
     * act on as of the date bound to ?3 (?1 the caller, ?2 today: bind them with {@link #bind}). Queries add
     * their own parameters from ?4 on.
     */
    public String unitsCte(Action action) {
        // One recursive query (H2 accepts parameters in only one recursive CTE): from the units where the caller
        // holds the role, first back along inherited history, then down the tree as it was on ?3.
        return "WITH RECURSIVE scope_units(unit_id, up) AS ("
                + " SELECT ra.org_unit_id, 1 FROM role_assignment ra JOIN app_user au ON au.id = ra.user_id"
                + " WHERE au.username = ?1 AND au.enabled = TRUE AND ra.role_name IN (" + action.sqlRoleList() + ")"
                + " AND (ra.valid_from <= ?2 AND (ra.valid_to IS NULL OR ra.valid_to > ?2)"
                + " OR ra.valid_from <= ?3 AND (ra.valid_to IS NULL OR ra.valid_to > ?3))"
                + " UNION ALL SELECT x.dst, x.up FROM scope_units s JOIN ("
                + " SELECT l.successor_id AS src, l.predecessor_id AS dst, 1 AS up FROM org_event_link l"
                + " WHERE l.inherits_history = TRUE"
                + " UNION ALL SELECT v.parent_id, v.unit_id, 0 FROM org_unit_version v WHERE " + VALID
                + ") x ON x.src = s.unit_id AND (s.up = 1 OR x.up = 0))";
    }

    public Query bind(Query query, LocalDate asOf) {
        return query.setParameter(1, context.getCallerPrincipal().getName())
                .setParameter(2, Formats.today())
                .setParameter(3, asOf);
    }
}
