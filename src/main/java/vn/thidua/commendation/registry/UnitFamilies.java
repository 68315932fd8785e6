package vn.thidua.commendation.registry;

/**
 * SQL for a unit's family: the unit, every unit that was ever below it in any version of the tree, and the units
 * whose history one of them inherited (org_event_link.inherits_history), repeatedly. So a commune of today finds what
 * its merged communes did before, a district that no longer exists what its communes did, and the province all.
 */
final class UnitFamilies {

    /** Child-to-parent edges of all time: parents in the tree, and heirs for the units they inherited. */
    private static final String EDGES = "SELECT v.unit_id AS child_id, v.parent_id AS parent_id FROM org_unit_version v"
            + " WHERE v.parent_id IS NOT NULL UNION ALL SELECT l.predecessor_id, l.successor_id FROM org_event_link l"
            + " WHERE l.inherits_history = TRUE";

    private UnitFamilies() {
    }

    /**
     * A common table expression {@code name(unit_id)} (for a WITH RECURSIVE) holding the families of the units
     * {@code roots} selects: ids joined by commas, numbers read from the database, never user text.
     */
    static String cte(String name, String roots) {
        return name + "(unit_id) AS (SELECT id FROM org_unit WHERE id IN (" + roots + ")"
                + " UNION SELECT e.child_id FROM (" + EDGES + ") e JOIN " + name + " ON e.parent_id = " + name
                + ".unit_id)";
    }
}
