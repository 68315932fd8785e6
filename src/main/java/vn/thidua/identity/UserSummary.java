package vn.thidua.identity;

import java.io.Serializable;

/** A row of the user list. */
public record UserSummary(String username, String displayName, boolean enabled, boolean mustChangePassword)
        implements Serializable {
}
