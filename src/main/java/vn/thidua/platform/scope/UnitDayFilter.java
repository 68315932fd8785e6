package vn.thidua.platform.scope;

/**
 * The caller's scope for one list query over things that belong to units, each unit read on its own day: today
 * while it exists, else its last day — so a district's documents stay with the officers it had when the district
 * level ended. A unit is in scope when it or one of its ancestors on that day is a unit the caller's roles held today
 * reach ({@code rootIds}), or holds a role of the caller for the action on that day: what {@link Scope#covers}
 * answers for one unit on its day. {@code everything}: a role held today reaches the top of the tree, so no filter is
 * needed. Ids and roles are read from the database or constants; the caller's name is bound as a parameter.
 */
public record UnitDayFilter(boolean everything, String rootIds, String roleList, String username) {

    /**
     * {@code unit_day(unit_id, ancestor_id, on_day)}: each unit the SQL {@code units} selects, with its day and its
     * ancestors on that day (itself included); today is bound to ?{@code todayParameter}. It must be the query's only
     * common table expression (H2 loses the bound day when a second one follows).
     */
    public String cte(String units, int todayParameter) {
        String today = "?" + todayParameter;
        return "WITH RECURSIVE unit_day(unit_id, ancestor_id, on_day) AS (SELECT u.id, u.id, CASE WHEN u.valid_to IS NULL"
                + " OR u.valid_to > " + today + " THEN " + today + " ELSE u.valid_to - 1 END FROM org_unit u"
                + " WHERE u.id IN (" + units + ") UNION ALL SELECT d.unit_id, v.parent_id, d.on_day FROM org_unit_version v"
                + " JOIN unit_day d ON v.unit_id = d.ancestor_id WHERE v.valid_from <= d.on_day"
                + " AND (v.valid_to IS NULL OR v.valid_to > d.on_day) AND v.parent_id IS NOT NULL) ";
    }

    /** SQL selecting the units of {@link #cte} in scope; the caller's name is bound to ?{@code userParameter}. */
    public String covered(int userParameter) {
        return "SELECT d.unit_id FROM unit_day d WHERE d.ancestor_id IN (" + rootIds + ") OR EXISTS (SELECT 1"
                + " FROM role_assignment ra JOIN app_user au ON au.id = ra.user_id WHERE au.username = ?" + userParameter
                + " AND au.enabled = TRUE AND ra.role_name IN (" + roleList + ") AND ra.org_unit_id = d.ancestor_id"
                + " AND ra.valid_from <= d.on_day AND (ra.valid_to IS NULL OR ra.valid_to > d.on_day))";
    }
}
