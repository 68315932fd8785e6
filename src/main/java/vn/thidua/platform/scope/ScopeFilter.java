package vn.thidua.platform.scope;

import vn.thidua.platform.time.Validity;

/**
 * The caller's scope for one list query. {@code everything}: the roles reach the top of the tree, so no filter is
 * needed. Otherwise {@link #cte} gives {@code scope_units(unit_id)}: the subtrees of the caller's units on the date
 * bound to the given parameter. The ids are numbers read from the database, never user input.
 */
public record ScopeFilter(boolean everything, String rootIds) {

    public String cte(int dateParameter) {
        return "WITH RECURSIVE scope_units(unit_id) AS (SELECT id FROM org_unit WHERE id IN (" + rootIds + ")"
                + " UNION ALL SELECT v.unit_id FROM org_unit_version v JOIN scope_units s ON v.parent_id = s.unit_id"
                + " WHERE " + Validity.sql("v", dateParameter) + ") ";
    }
}
