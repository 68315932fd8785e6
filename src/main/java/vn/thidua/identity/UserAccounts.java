package vn.thidua.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.Locale;
import java.util.Optional;

/** Looks up accounts by user name (case-insensitive: names are stored in lower case), inside the caller's transaction. */
@ApplicationScoped
public class UserAccounts {

    @PersistenceContext
    private EntityManager em;

    public Optional<UserAccount> find(String username) {
        return em.createQuery("select u from UserAccount u where u.username = :name", UserAccount.class)
                .setParameter("name", normalize(username)).getResultStream().findFirst();
    }

    /** The account with its row locked until the transaction ends, for updates that must not interleave. */
    public Optional<UserAccount> findForUpdate(String username) {
        return em.createQuery("select u from UserAccount u where u.username = :name", UserAccount.class)
                .setParameter("name", normalize(username))
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst();
    }

    public static String normalize(String username) {
        return username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
    }
}
