package vn.thidua.identity;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import vn.thidua.platform.audit.AuditLog;
import vn.thidua.platform.error.NotFoundException;

/** User administration; administrators only. */
@Stateless
@RolesAllowed(Role.ADMIN_NAME)
public class UserAdminService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private UserAccounts users;

    @Inject
    private PasswordHasher hasher;

    @Inject
    private AuditLog audit;

    public List<UserSummary> list(int offset, int limit) {
        return em.createQuery("select new vn.thidua.identity.UserSummary(u.username, u.displayName, u.enabled, "
                        + "u.mustChangePassword) from UserAccount u order by u.username", UserSummary.class)
                .setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    public long count() {
        return em.createQuery("select count(u) from UserAccount u", Long.class).getSingleResult();
    }

    /** Sets a temporary password, returned once; the user must change it at the next login. */
    public String resetPassword(String username) {
        UserAccount user = users.find(username).orElseThrow(() -> new NotFoundException("users.notFound", username));
        String password = TemporaryPassword.generate();
        user.changePassword(hasher.hash(password), false);
        user.loginSucceeded();
        audit.record("PASSWORD_RESET", "UserAccount", user.getUsername(), null, "mustChangePassword=true");
        return password;
    }
}
