package vn.thidua.identity;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/** A user as administrators see them, with every role assignment (past, present and future). */
public record UserDetails(String username, String displayName, String email, boolean enabled,
                          boolean mustChangePassword, List<Assignment> roles) implements Serializable {

    /** {@code validTo} is the last day the role is held (inclusive), null while open. */
    public record Assignment(long id, String role, String unitCode, String unitName, LocalDate validFrom,
                             LocalDate validTo) implements Serializable {
    }

    static UserDetails of(UserAccount user) {
        return new UserDetails(user.getUsername(), user.getDisplayName(), user.getEmail(), user.isEnabled(),
                user.isMustChangePassword(), user.getAssignments().stream()
                .sorted(java.util.Comparator.comparing(RoleAssignment::getValidFrom))
                .map(a -> new Assignment(a.getId(), a.getRole().name(), a.getUnit().getCode(),
                        a.getUnit().nameOn(a.getValidFrom()), a.getValidFrom(),
                        a.getValidTo() == null ? null : a.getValidTo().minusDays(1)))
                .toList());
    }

    /** One line for the audit log. */
    String describe() {
        return "displayName=" + displayName + ", email=" + email + ", enabled=" + enabled + ", roles="
                + roles.stream().map(r -> r.role() + "@" + r.unitCode() + " " + r.validFrom() + ".." + r.validTo())
                .toList();
    }
}
