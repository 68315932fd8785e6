package vn.thidua.platform.scope;

import java.util.Set;
import java.util.stream.Collectors;

/** What a caller wants to do with a unit's data, and which roles (held at or above that unit) allow it. */
public enum Action {
    READ("ADMIN", "LEADER", "OFFICER", "COUNCIL_MEMBER", "VIEWER"),
    ADMINISTER("ADMIN"),
    /** Enter, submit and approve results, and see results not yet approved. */
    REPORT("LEADER", "OFFICER"),
    /** Approve what a unit's committee adopts, such as its term review. */
    LEAD("LEADER"),
    /** Launch and manage movements, their indicators and targets. */
    MANAGE("ADMIN", "LEADER", "OFFICER");

    private final Set<String> roles;
    private final String sqlRoleList;

    Action(String... roles) {
        this.roles = Set.of(roles);
        this.sqlRoleList = this.roles.stream().sorted().map(role -> "'" + role + "'").collect(Collectors.joining(", "));
    }

    public Set<String> roles() {
        return roles;
    }

    /** The roles as an SQL list of literals; they are constants of this enum, never user input. */
    String sqlRoleList() {
        return sqlRoleList;
    }
}
