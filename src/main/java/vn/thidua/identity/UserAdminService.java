package vn.thidua.identity;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** User administration; administrators only. */
@Stateless
@RolesAllowed(Role.ADMIN_NAME)
public class UserAdminService {

    @PersistenceContext
    private EntityManager em;

    public List<UserSummary> list(int offset, int limit) {
        return em.createQuery("select new vn.thidua.identity.UserSummary(u.username, u.displayName, u.enabled, "
                        + "u.mustChangePassword) from UserAccount u order by u.username", UserSummary.class)
                .setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    public long count() {
        return em.createQuery("select count(u) from UserAccount u", Long.class).getSingleResult();
    }
}
