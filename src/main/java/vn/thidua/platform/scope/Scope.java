package vn.thidua.platform.scope;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import vn.thidua.platform.error.AccessDeniedException;
import vn.thidua.platform.time.Formats;
import vn.thidua.platform.time.Validity;

/**
 * The one answer to "may the caller do ACTION on data of unit U as of date D?". A role the caller holds at unit A,
 * today or on D, covers A's subtree as it was on D; a role held today also covers the subtrees of A's predecessors
 * whose history A inherited (so a merged commune's officers see what their old communes reported, and a district's
 * officers keep their district's past after the district level ended). Every service asks here; lists filter by
 * {@link #filter} in SQL. Each answer is a small recursive query over indexed columns: the units the caller's roles
 * start from, then the walk up from U (or down from those units, for a list).
 */
@Stateless
@PermitAll
public class Scope {

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext context;

    @Resource
    private TransactionSynchronizationRegistry transactions;

    public boolean covers(Action action, long unitId, LocalDate date) {
        return !coveredLine(action, unitId, date).isEmpty();
    }

    /**
     * The unit and its ancestors on {@code date}, from the highest one the caller's roles for {@code action} cover
     * down to the unit (a dashboard's way back up); empty when no role covers the unit.
     */
    public List<Long> coveredLine(Action action, long unitId, LocalDate date) {
        return roots(action, date).isEmpty() ? List.of() : covered(action, ancestors(unitId, date), date);
    }

    /**
     * The unit and its ancestors on {@code date}, from the top down to the unit: the same for every caller, so a
     * service may keep it while the tree does not change and ask {@link #covered} each time.
     */
    public List<Long> ancestors(long unitId, LocalDate date) {
        List<?> rows = em.createNativeQuery("WITH RECURSIVE up(unit_id, depth) AS (SELECT CAST(?1 AS BIGINT), 0"
                        + " UNION ALL SELECT v.parent_id, up.depth + 1 FROM org_unit_version v JOIN up ON v.unit_id = up.unit_id"
                        + " WHERE " + Validity.sql("v", 2) + " AND v.parent_id IS NOT NULL)"
                        + " SELECT unit_id FROM up ORDER BY depth DESC")
                .setParameter(1, unitId).setParameter(2, date).getResultList();
        return rows.stream().map(id -> ((Number) id).longValue()).toList();
    }

    /**
     * Of a unit's {@link #ancestors} on {@code date}, those from the highest one the caller's roles for
     * {@code action} cover down to the unit; empty when no role covers it.
     */
    public List<Long> covered(Action action, List<Long> ancestors, LocalDate date) {
        return coveredBy(roots(action, date), ancestors);
    }

    /**
     * Whether the caller's roles for {@code action} cover a unit with these {@link #ancestors} on {@code date}. The
     * roles held today count on every date: when they already cover it, the date's own roles are not read.
     */
    public boolean covers(Action action, List<Long> ancestors, LocalDate date) {
        LocalDate today = Formats.today();
        return !coveredBy(roots(action, today), ancestors).isEmpty()
                || !date.equals(today) && !covered(action, ancestors, date).isEmpty();
    }

    private static List<Long> coveredBy(Set<Long> roots, List<Long> ancestors) {
        for (int i = 0; i < ancestors.size(); i++) {
            if (roots.contains(ancestors.get(i))) {
                return ancestors.subList(i, ancestors.size());
            }
        }
        return List.of();
    }

    public void check(Action action, long unitId, LocalDate date) {
        if (!covers(action, unitId, date)) {
            throw new AccessDeniedException();
        }
    }

    /**
     * The units whose data reaches the caller from above: the caller's units for {@code action} on {@code date}
     * and all their ancestors then (a commune officer takes part in what the province launched).
     */
    public Set<Long> above(Action action, LocalDate date) {
        Set<Long> roots = roots(action, date);
        if (roots.isEmpty()) {
            return roots;
        }
        List<?> rows = em.createNativeQuery("WITH RECURSIVE up(unit_id) AS (SELECT id FROM org_unit WHERE id IN ("
                        + ids(roots) + ") UNION ALL SELECT v.parent_id FROM org_unit_version v JOIN up ON v.unit_id = up.unit_id"
                        + " WHERE " + Validity.sql("v", 1) + " AND v.parent_id IS NOT NULL) SELECT DISTINCT unit_id FROM up")
                .setParameter(1, date).getResultList();
        Set<Long> result = new HashSet<>();
        rows.forEach(id -> result.add(((Number) id).longValue()));
        return result;
    }

    /**
     * The units the caller ever held a role for {@code action} at, with their ancestors on the role's last day (or
     * today): what a retired district officer took part in is still theirs to look up.
     */
    public Set<Long> aboveEver(Action action) {
        List<?> rows = em.createNativeQuery("WITH RECURSIVE up(unit_id, on_day) AS ("
                        + " SELECT ra.org_unit_id, CASE WHEN ra.valid_to IS NULL OR ra.valid_to > ?2 THEN ?2"
                        + " ELSE ra.valid_to - 1 END FROM role_assignment ra JOIN app_user au ON au.id = ra.user_id"
                        + " WHERE au.username = ?1 AND au.enabled = TRUE AND ra.role_name IN (" + action.sqlRoleList() + ")"
                        + " UNION ALL SELECT v.parent_id, up.on_day FROM org_unit_version v JOIN up ON v.unit_id = up.unit_id"
                        + " WHERE v.valid_from <= up.on_day AND (v.valid_to IS NULL OR v.valid_to > up.on_day)"
                        + " AND v.parent_id IS NOT NULL) SELECT DISTINCT unit_id FROM up")
                .setParameter(1, context.getCallerPrincipal().getName()).setParameter(2, Formats.today())
                .getResultList();
        Set<Long> result = new HashSet<>();
        rows.forEach(id -> result.add(((Number) id).longValue()));
        return result;
    }

    /**
     * Whether a role the caller holds today covers the unit as it was on {@code date}: what changing a unit's data
     * asks, so that someone who has left office still reads what their unit did (see {@link #covers}) but no longer
     * changes it.
     */
    public boolean coversToday(Action action, long unitId, LocalDate date) {
        return !coveredBy(roots(action, Formats.today()), ancestors(unitId, date)).isEmpty();
    }

    /**
     * How a list of things that belong to units keeps to those the caller reads, each unit on its own day; see
     * {@link UnitDayFilter}.
     */
    public UnitDayFilter filterOnUnitDays(Action action) {
        ScopeFilter today = filter(action, Formats.today());
        return new UnitDayFilter(today.everything(), today.rootIds(), action.sqlRoleList(),
                context.getCallerPrincipal().getName());
    }

    /** How a list query keeps to the caller's scope on {@code date}; see {@link ScopeFilter}. */
    public ScopeFilter filter(Action action, LocalDate date) {
        Set<Long> roots = roots(action, date);
        boolean everything = !roots.isEmpty() && ((Number) em.createNativeQuery("SELECT COUNT(*) FROM org_unit_version v"
                + " WHERE v.parent_id IS NULL AND " + Validity.sql("v", 1) + " AND v.unit_id IN ("
                + ids(roots) + ")").setParameter(1, date).getSingleResult()).longValue() > 0;
        return new ScopeFilter(everything, roots.isEmpty() ? "-1" : ids(roots));
    }

    /** The units whose subtrees (on {@code date}) the caller's roles for {@code action} reach. */
    Set<Long> roots(Action action, LocalDate date) {
        return held(date).stream().filter(h -> action.roles().contains(h.role())).map(Held::unitId)
                .collect(Collectors.toUnmodifiableSet());
    }

    /** A role the caller holds (today or on the date asked) at a unit, or at a unit whose history that one took. */
    private record Held(long unitId, String role) {
    }

    /**
     * Every role the caller holds on {@code date} or today, with the units it reaches. A service asks several times
     * per call (the unit, its progress, the switch to unapproved results): the answer is kept for the rest of the
     * caller's transaction.
     */
    private List<Held> held(LocalDate date) {
        LocalDate today = Formats.today();
        String key = Scope.class.getName() + "|" + context.getCallerPrincipal().getName() + "|" + date + "|" + today;
        boolean inTransaction = transactions.getTransactionKey() != null;
        @SuppressWarnings("unchecked")
        List<Held> known = inTransaction ? (List<Held>) transactions.getResource(key) : null;
        if (known != null) {
            return known;
        }
        List<Held> held = findHeld(date, today);
        if (inTransaction) {
            transactions.putResource(key, held);
        }
        return held;
    }

    private List<Held> findHeld(LocalDate date, LocalDate today) {
        List<?> rows = em.createNativeQuery("WITH RECURSIVE held(unit_id, role_name, is_current) AS ("
                        + " SELECT ra.org_unit_id, ra.role_name, CASE WHEN " + Validity.sql("ra", 2) + " THEN 1 ELSE 0 END"
                        + " FROM role_assignment ra JOIN app_user au ON au.id = ra.user_id"
                        + " WHERE au.username = ?1 AND au.enabled = TRUE"
                        + " AND (" + Validity.sql("ra", 2) + " OR " + Validity.sql("ra", 3) + ")"
                        + " UNION ALL SELECT l.predecessor_id, h.role_name, 1 FROM org_event_link l"
                        + " JOIN held h ON l.successor_id = h.unit_id"
                        + " WHERE l.inherits_history = TRUE AND h.is_current = 1)"
                        + " SELECT DISTINCT unit_id, role_name FROM held")
                .setParameter(1, context.getCallerPrincipal().getName())
                .setParameter(2, today)
                .setParameter(3, date)
                .getResultList();
        return rows.stream().map(row -> (Object[]) row)
                .map(r -> new Held(((Number) r[0]).longValue(), String.valueOf(r[1]))).toList();
    }

    private static String ids(Set<Long> ids) {
        return ids.stream().sorted().map(String::valueOf).collect(Collectors.joining(","));
    }
}
