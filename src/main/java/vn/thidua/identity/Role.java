package vn.thidua.identity;

/**
 * The application roles. A role is always held at an org unit (see {@link RoleAssignment}); these names are
 * the security roles of {@code @RolesAllowed}.
 */
public enum Role {
    ADMIN, LEADER, OFFICER, COUNCIL_MEMBER, VIEWER;

    public static final String ADMIN_NAME = "ADMIN";
    public static final String LEADER_NAME = "LEADER";
    public static final String OFFICER_NAME = "OFFICER";
    public static final String COUNCIL_MEMBER_NAME = "COUNCIL_MEMBER";
    public static final String VIEWER_NAME = "VIEWER";

    /** The bundle key of the role's name. */
    public String messageKey() {
        return "role." + name();
    }
}
