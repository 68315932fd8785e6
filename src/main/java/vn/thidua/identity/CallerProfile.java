package vn.thidua.identity;

import java.io.Serializable;
import java.util.List;

/** Who the caller is today: their name and the roles they hold at org units. */
public record CallerProfile(String username, String displayName, List<HeldRole> roles) implements Serializable {

    public record HeldRole(String role, String unitCode, String unitName) implements Serializable {
    }

    public HeldRole primaryRole() {
        return roles.isEmpty() ? null : roles.get(0);
    }

    static CallerProfile of(UserAccount user, java.time.LocalDate date) {
        return new CallerProfile(user.getUsername(), user.getDisplayName(), user.assignmentsOn(date).stream()
                .map(a -> new HeldRole(a.getRole().name(), a.getUnit().getCode(), a.getUnit().nameOn(date)))
                .toList());
    }
}
