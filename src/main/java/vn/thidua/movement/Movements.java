package vn.thidua.movement;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import vn.thidua.platform.error.NotFoundException;

/** Finds a movement by code inside the caller's transaction; callers check scope. */
@ApplicationScoped
public class Movements {

    @PersistenceContext
    private EntityManager em;

    public Movement find(String code) {
        return em.createQuery("select m from Movement m where m.code = :code", Movement.class)
                .setParameter("code", normalized(code))
                .getResultStream().findFirst().orElseThrow(() -> new NotFoundException("movement.notFound", code));
    }

    /** What identifies a movement's state: its id, its results version and its own version. */
    public record Head(long id, long resultsVersion, long version) {
    }

    /** {@link #find} without loading the movement: one row, for callers that keep what they make of it. */
    public Head head(String code) {
        List<?> rows = em.createNativeQuery("SELECT id, results_version, version FROM movement WHERE code = ?1")
                .setParameter(1, normalized(code)).getResultList();
        if (rows.isEmpty()) {
            throw new NotFoundException("movement.notFound", code);
        }
        Object[] row = (Object[]) rows.get(0);
        return new Head(((Number) row[0]).longValue(), ((Number) row[1]).longValue(), ((Number) row[2]).longValue());
    }

    /**
     * The movements a unit takes part in over the years {@code from}–{@code to}, newest first: those
     * running in some of those years whose participant root and the unit (or a unit whose history it inherited) were
     * at some time on one line of the tree, the one at or above the other. The same for every caller; callers check
     * scope over the unit.
     */
    public List<Movement> takingPart(long unitId, int from, int to) {
        String lineage = ids(em.createNativeQuery("WITH RECURSIVE lin(unit_id) AS (SELECT CAST(?1 AS BIGINT)"
                + " UNION SELECT l.predecessor_id FROM org_event_link l JOIN lin ON l.successor_id = lin.unit_id"
                + " WHERE l.inherits_history = TRUE) SELECT unit_id FROM lin").setParameter(1, unitId).getResultList());
        String above = ids(em.createNativeQuery("WITH RECURSIVE up(unit_id) AS (SELECT id FROM org_unit WHERE id IN ("
                + lineage + ") UNION SELECT v.parent_id FROM org_unit_version v JOIN up ON v.unit_id = up.unit_id"
                + " WHERE v.parent_id IS NOT NULL) SELECT unit_id FROM up").getResultList());
        // One recursive expression per query: H2 mishandles a second one in the same WITH.
        return em.createNativeQuery("WITH RECURSIVE root_up(movement_id, unit_id) AS (SELECT m.id, m.participant_root_id"
                        + " FROM movement m WHERE m.year_from <= ?2 AND m.year_to >= ?1 UNION SELECT r.movement_id, v.parent_id"
                        + " FROM org_unit_version v JOIN root_up r ON v.unit_id = r.unit_id WHERE v.parent_id IS NOT NULL)"
                        + " SELECT m.id FROM movement m WHERE m.year_from <= ?2 AND m.year_to >= ?1"
                        + " AND (m.participant_root_id IN (" + above + ") OR m.id IN (SELECT r.movement_id FROM root_up r"
                        + " WHERE r.unit_id IN (" + lineage + "))) ORDER BY m.year_from DESC, m.code")
                .setParameter(1, from).setParameter(2, to).getResultList().stream()
                .map(id -> em.find(Movement.class, ((Number) id).longValue())).toList();
    }

    /** Ids read from the database as an SQL list (never user input). */
    private static String ids(List<?> ids) {
        return ids.stream().map(id -> String.valueOf(((Number) id).longValue())).distinct()
                .collect(java.util.stream.Collectors.joining(","));
    }

    private static String normalized(String code) {
        return code == null ? "" : code.trim().toUpperCase(java.util.Locale.ROOT);
    }

    public Indicator indicator(Movement movement, String code) {
        return movement.getIndicators().stream().filter(i -> i.getCode().equalsIgnoreCase(code == null ? "" : code.trim()))
                .findFirst().orElseThrow(() -> new vn.thidua.platform.error.BusinessException("indicator.unknown",
                        String.valueOf(code)));
    }
}
