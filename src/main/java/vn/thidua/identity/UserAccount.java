package vn.thidua.identity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import vn.thidua.organization.OrgUnit;
import vn.thidua.platform.error.BusinessException;
import vn.thidua.platform.persistence.BaseEntity;

/**
 * A person who logs in. Holds the password hash (never the password), whether it must be changed at the next
 * login (it was set by an administrator), the failed-login counter, and the roles held at org units.
 */
@Entity
@Table(name = "app_user")
public class UserAccount extends BaseEntity {

    @Column(nullable = false, unique = true, updatable = false)
    private String username;

    @Column(name = "display_name", nullable = false)
    private String displayName;

    private String email;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Column(name = "must_change_password", nullable = false)
    private boolean mustChangePassword;

    @Column(nullable = false)
    private boolean enabled = true;

    @Embedded
    private LoginFailures failures = LoginFailures.none();

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @OneToMany(mappedBy = "user", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<RoleAssignment> assignments = new ArrayList<>();

    protected UserAccount() {
    }

    /** A new account whose password was chosen by someone else, so it must be changed at first login. */
    public UserAccount(String username, String displayName, String passwordHash) {
        this.username = Objects.requireNonNull(username);
        this.displayName = Objects.requireNonNull(displayName);
        this.passwordHash = Objects.requireNonNull(passwordHash);
        this.mustChangePassword = true;
        this.createdAt = Instant.now();
    }

    public RoleAssignment grant(Role role, OrgUnit unit, LocalDate from, LocalDate to) {
        RoleAssignment assignment = new RoleAssignment(this, role, unit, from, to);
        assignments.add(assignment);
        return assignment;
    }

    public List<RoleAssignment> assignmentsOn(LocalDate date) {
        return assignments.stream()
                .filter(a -> a.isActiveOn(date))
                .sorted(Comparator.comparing((RoleAssignment a) -> a.getRole().ordinal())
                        .thenComparing(a -> a.getUnit().getLevel().getRank()))
                .toList();
    }

    /** Removes an assignment recorded by mistake (one that never started). */
    public void removeAssignment(RoleAssignment assignment) {
        assignments.remove(assignment);
    }

    public Set<String> roleNamesOn(LocalDate date) {
        Set<String> names = new TreeSet<>();
        assignmentsOn(date).forEach(a -> names.add(a.getRole().name()));
        return names;
    }

    /**
     * The security roles of a login on {@code date}: every role held on that date or before. Which data a role
     * reaches, and when, is the scope's question (a district officer keeps their district's past).
     */
    public Set<String> securityRolesOn(LocalDate date) {
        Set<String> names = new TreeSet<>();
        assignments.stream().filter(a -> !a.getValidFrom().isAfter(date)).forEach(a -> names.add(a.getRole().name()));
        return names;
    }

    /** The assignment shown beside the user's name: the highest role at the highest unit. */
    public Optional<RoleAssignment> primaryAssignmentOn(LocalDate date) {
        return assignmentsOn(date).stream().findFirst();
    }

    public void changePassword(String newHash, boolean chosenByUser) {
        this.passwordHash = Objects.requireNonNull(newHash);
        this.mustChangePassword = !chosenByUser;
    }

    public void loginFailed(Instant now) {
        failures = failures.afterFailure(now);
    }

    public void loginSucceeded() {
        failures = LoginFailures.none();
    }

    public boolean isLockedAt(Instant now) {
        return failures.isLockedAt(now);
    }

    public Instant getLockedUntil() {
        return failures.getLockedUntil();
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    /** Name and e-mail as the user or an administrator corrected them: a name is required, a blank e-mail is none. */
    public void changeProfile(String newDisplayName, String newEmail) {
        if (newDisplayName == null || newDisplayName.isBlank()) {
            throw new BusinessException("users.displayName.required");
        }
        this.displayName = newDisplayName.trim();
        this.email = newEmail == null || newEmail.isBlank() ? null : newEmail.trim();
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getEmail() {
        return email;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public boolean isMustChangePassword() {
        return mustChangePassword;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public List<RoleAssignment> getAssignments() {
        return List.copyOf(assignments);
    }
}
