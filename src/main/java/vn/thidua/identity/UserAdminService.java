package vn.thidua.identity;

import vn.thidua.organization.OrgUnits;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;
import vn.thidua.organization.OrgUnit;
import vn.thidua.platform.audit.AuditLog;
import vn.thidua.platform.error.BusinessException;
import vn.thidua.platform.error.NotFoundException;
import vn.thidua.platform.scope.Action;
import vn.thidua.platform.persistence.Rows;
import vn.thidua.platform.scope.Scope;
import vn.thidua.platform.scope.ScopeFilter;
import vn.thidua.platform.time.Formats;

/**
 * User administration, administrators only: accounts, roles at units for a period, password resets. Roles can be
 * granted only at units within the administrator's own scope; every change is audited with before and after.
 */
@Stateless
@RolesAllowed(Role.ADMIN_NAME)
public class UserAdminService {

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,59}");

    @PersistenceContext
    private EntityManager em;

    @Inject
    private UserAccounts users;

    @Inject
    private PasswordHasher hasher;

    @Inject
    private VerifiedCredentials recent;

    @Inject
    private AuditLog audit;

    @Inject
    private Scope scope;

    @Inject
    private OrgUnits orgUnits;

    /**
     * The users an administrator looks after, by user name: those holding (or having held) a role at a unit in the
     * administrator's scope today, and those with no role yet.
     */
    public List<UserSummary> list(int offset, int limit) {
        List<?> rows = inScope("SELECT u.username, u.display_name, u.enabled, u.must_change_password",
                " ORDER BY u.username").setFirstResult(offset).setMaxResults(limit).getResultList();
        return rows.stream().map(Object[].class::cast).map(r -> new UserSummary(Rows.text(r[0]), Rows.text(r[1]),
                Rows.bool(r[2]), Rows.bool(r[3]))).toList();
    }

    public long count() {
        return Rows.number(inScope("SELECT COUNT(*)", "").getSingleResult());
    }

    private jakarta.persistence.Query inScope(String select, String order) {
        LocalDate today = Formats.today();
        ScopeFilter filter = scope.filter(Action.ADMINISTER, today);
        String where = filter.everything() ? "" : " WHERE NOT EXISTS (SELECT 1 FROM role_assignment ra"
                + " WHERE ra.user_id = u.id) OR EXISTS (SELECT 1 FROM role_assignment ra WHERE ra.user_id = u.id"
                + " AND ra.org_unit_id IN (SELECT unit_id FROM scope_units))";
        String sql = (filter.everything() ? "" : filter.cte(1)) + select + " FROM app_user u" + where + order;
        jakarta.persistence.Query query = em.createNativeQuery(sql);
        return filter.everything() ? query : query.setParameter(1, today);
    }

    public UserDetails get(String username) {
        return UserDetails.of(user(username));
    }

    /** Creates an account with a temporary password (returned once) to be changed at the first login. */
    public String create(String username, String displayName, String email) {
        String name = UserAccounts.normalize(username);
        if (!USERNAME.matcher(name).matches()) {
            throw new BusinessException("users.username.invalid", username);
        }
        if (users.find(name).isPresent()) {
            throw new BusinessException("users.username.taken", name);
        }
        String password = TemporaryPassword.generate();
        UserAccount user = new UserAccount(name, displayName == null ? "" : displayName, hasher.hash(password));
        user.changeProfile(displayName, email);
        em.persist(user);
        audit.record("USER_CREATED", "UserAccount", name, null, UserDetails.of(user).describe());
        return password;
    }

    public UserDetails update(String username, String displayName, String email, boolean enabled) {
        UserAccount user = userInScope(username);
        String before = UserDetails.of(user).describe();
        user.changeProfile(displayName, email);
        user.setEnabled(enabled);
        UserDetails after = UserDetails.of(user);
        audit.record("USER_UPDATED", "UserAccount", user.getUsername(), before, after.describe());
        return after;
    }

    /** Grants {@code role} at the unit with {@code unitCode} (as of {@code from}), from that day to {@code to}. */
    public UserDetails grant(String username, String roleName, String unitCode, LocalDate from, LocalDate to) {
        Role role = Role.parse(roleName);
        if (unitCode == null || unitCode.isBlank()) {
            throw new NotFoundException("org.unit.notFound", unitCode, from);
        }
        UserAccount user = user(username);
        LocalDate start = from == null ? Formats.today() : from;
        OrgUnit unit = orgUnits.find(unitCode, start).orElseThrow(() -> new NotFoundException("org.unit.notFound", unitCode, start));
        scope.check(Action.ADMINISTER, unit.getId(), start);
        if (to != null && !to.isAfter(start)) {
            throw new BusinessException("users.role.period");
        }
        String before = UserDetails.of(user).describe();
        user.grant(role, unit, start, to == null ? null : to.plusDays(1));
        em.flush();
        UserDetails after = UserDetails.of(user);
        audit.record("ROLE_GRANTED", "UserAccount", user.getUsername(), before, after.describe());
        return after;
    }

    /** Ends the assignment: it is no longer held from {@code end} (default today). */
    public UserDetails revoke(String username, long assignmentId, LocalDate end) {
        UserAccount user = user(username);
        RoleAssignment assignment = user.getAssignments().stream().filter(a -> a.getId() == assignmentId)
                .findFirst().orElseThrow(() -> new NotFoundException("users.role.notFound", assignmentId));
        LocalDate until = end == null ? Formats.today() : end;
        scope.check(Action.ADMINISTER, assignment.getUnit().getId(), assignment.getValidFrom());
        String before = UserDetails.of(user).describe();
        if (!until.isAfter(assignment.getValidFrom())) {
            user.removeAssignment(assignment);
        } else {
            assignment.endOn(until);
        }
        UserDetails after = UserDetails.of(user);
        audit.record("ROLE_REVOKED", "UserAccount", user.getUsername(), before, after.describe());
        return after;
    }

    /** Sets a temporary password, returned once; the user must change it at the next login. */
    public String resetPassword(String username) {
        UserAccount user = userInScope(username);
        String password = TemporaryPassword.generate();
        user.changePassword(hasher.hash(password), false);
        recent.forget(user.getUsername());
        user.loginSucceeded();
        audit.record("PASSWORD_RESET", "UserAccount", user.getUsername(), null, "mustChangePassword=true");
        return password;
    }

    private UserAccount user(String username) {
        return users.find(username).orElseThrow(() -> new NotFoundException("users.notFound", username));
    }

    /** The user, if every unit where they hold a role today is within the administrator's scope. */
    private UserAccount userInScope(String username) {
        UserAccount user = user(username);
        LocalDate today = Formats.today();
        user.assignmentsOn(today).forEach(a -> scope.check(Action.ADMINISTER, a.getUnit().getId(), today));
        return user;
    }

}
