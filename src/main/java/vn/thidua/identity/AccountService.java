package vn.thidua.identity;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import vn.thidua.platform.audit.AuditLog;
import vn.thidua.platform.error.BusinessException;
import vn.thidua.platform.time.Formats;

/**
 * Logging in, and what every user may do with their own account. The failed-login counter is updated under a
 * row lock, so concurrent attempts on several instances count exactly.
 */
@Stateless
public class AccountService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private UserAccounts users;

    @Inject
    private VerifiedCredentials recent;

    @Inject
    private PasswordHasher hasher;

    @Inject
    private AuditLog audit;

    @Resource
    private SessionContext context;

    @PermitAll
    public Authentication authenticate(String username, String password, String remoteAddress) {
        String name = UserAccounts.normalize(username);
        Instant now = Instant.now();
        Optional<UserAccount> found = users.findForUpdate(name);
        Authentication result;
        if (found.isEmpty()) {
            hasher.verifyNothing(password);
            result = Authentication.failed(LoginAttempt.Outcome.UNKNOWN_USER, name);
        } else {
            result = check(found.get(), password, now);
        }
        em.persist(new LoginAttempt(name, now, result.outcome(), remoteAddress));
        return result;
    }

    private Authentication check(UserAccount user, String password, Instant now) {
        if (!user.isEnabled()) {
            return Authentication.failed(LoginAttempt.Outcome.DISABLED, user.getUsername());
        }
        if (user.isLockedAt(now)) {
            return Authentication.failed(LoginAttempt.Outcome.LOCKED, user.getUsername());
        }
        boolean verified = recent.matches(user.getUsername(), password, now)
                || hasher.verify(password, user.getPasswordHash());
        if (!verified) {
            recent.forget(user.getUsername());
            user.loginFailed(now);
            return Authentication.failed(LoginAttempt.Outcome.BAD_PASSWORD, user.getUsername());
        }
        recent.remember(user.getUsername(), password, now);
        user.loginSucceeded();
        return new Authentication(LoginAttempt.Outcome.SUCCESS, user.getUsername(),
                user.securityRolesOn(Formats.today()));
    }

    /** When the account's lock ends, if it is locked now: the login page says so instead of "wrong password". */
    @PermitAll
    public Optional<Instant> lockedUntil(String username) {
        Instant now = Instant.now();
        return users.find(username).filter(u -> u.isLockedAt(now)).map(UserAccount::getLockedUntil);
    }

    @PermitAll
    public boolean mustChangePassword(String username) {
        return users.find(username).map(UserAccount::isMustChangePassword).orElse(false);
    }

    @RolesAllowed({Role.ADMIN_NAME, Role.LEADER_NAME, Role.OFFICER_NAME, Role.COUNCIL_MEMBER_NAME,
            Role.VIEWER_NAME})
    public CallerProfile currentProfile() {
        return CallerProfile.of(caller(), Formats.today());
    }

    @RolesAllowed({Role.ADMIN_NAME, Role.LEADER_NAME, Role.OFFICER_NAME, Role.COUNCIL_MEMBER_NAME,
            Role.VIEWER_NAME})
    public void changeOwnPassword(String currentPassword, String newPassword, String confirmation) {
        UserAccount user = caller();
        if (currentPassword == null || !hasher.verify(currentPassword, user.getPasswordHash())) {
            throw new BusinessException("password.currentWrong");
        }
        if (newPassword == null || !newPassword.equals(confirmation)) {
            throw new BusinessException("password.mismatch");
        }
        List<String> problems = PasswordPolicy.violations(user.getUsername(), newPassword);
        if (!problems.isEmpty()) {
            throw new BusinessException(problems.get(0), PasswordPolicy.MIN_LENGTH);
        }
        if (currentPassword.equals(newPassword)) {
            throw new BusinessException("password.unchanged");
        }
        user.changePassword(hasher.hash(newPassword), true);
        recent.forget(user.getUsername());
        audit.record("PASSWORD_CHANGED", "UserAccount", user.getUsername(), null, null);
    }

    @RolesAllowed({Role.ADMIN_NAME, Role.LEADER_NAME, Role.OFFICER_NAME, Role.COUNCIL_MEMBER_NAME,
            Role.VIEWER_NAME})
    public UserDetails ownAccount() {
        return UserDetails.of(caller());
    }

    /** The user corrects their own name and e-mail address. */
    @RolesAllowed({Role.ADMIN_NAME, Role.LEADER_NAME, Role.OFFICER_NAME, Role.COUNCIL_MEMBER_NAME,
            Role.VIEWER_NAME})
    public void updateOwnProfile(String displayName, String email) {
        UserAccount user = caller();
        String before = UserDetails.of(user).describe();
        user.changeProfile(displayName, email);
        audit.record("PROFILE_UPDATED", "UserAccount", user.getUsername(), before, UserDetails.of(user).describe());
    }

    private UserAccount caller() {
        String name = context.getCallerPrincipal().getName();
        return users.find(name).orElseThrow(() -> new BusinessException("error.accessDenied"));
    }

}
