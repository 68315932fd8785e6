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

    /** The role with this name (any case), or a clear refusal. */
    public static Role parse(String name) {
        try {
            return valueOf(name == null ? "" : name.trim().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new vn.thidua.platform.error.BusinessException("users.role.unknown", String.valueOf(name));
        }
    }

    /** The bundle key of the role's name. */
    public String messageKey() {
        return "role." + name();
    }
}
