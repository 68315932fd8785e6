package vn.thidua.commendation;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import vn.thidua.identity.Role;
import vn.thidua.platform.time.Validity;

/**
 * Writes in-app notifications (the notification table), in the caller's transaction: a bundle key and its
 * arguments, rendered later in the reader's language, and the page it leads to. The one place commendation writes
 * them; the inbox and e-mail are another feature's.
 */
public class NotificationRows {

    /** Separates the arguments in {@code text_args}. */
    public static final String SEPARATOR = "\u001f";

    private final EntityManager em;

    public NotificationRows(EntityManager em) {
        this.em = em;
    }

    /** The page of a nomination dossier, relative to the application. */
    public static String nominationLink(long nominationId) {
        return "/nominations/nomination.xhtml?id=" + nominationId;
    }

    public void add(long userId, String key, List<String> arguments, String link, Instant now) {
        String args = arguments.stream().map(a -> a == null ? "" : a.replace(SEPARATOR, " "))
                .collect(Collectors.joining(SEPARATOR));
        em.persist(new NotificationRow(userId, key, args.isEmpty() ? null : args, link, now));
    }

    public void addAll(Collection<Long> userIds, String key, List<String> arguments, String link, Instant now) {
        userIds.forEach(user -> add(user, key, arguments, link, now));
    }

    /** The enabled users holding one of {@code roles} at exactly the unit on {@code date}. */
    public List<Long> holders(long unitId, Set<Role> roles, LocalDate date) {
        String names = roles.stream().map(role -> "'" + role.name() + "'").sorted().collect(Collectors.joining(", "));
        List<?> rows = em.createNativeQuery("SELECT DISTINCT ra.user_id FROM role_assignment ra"
                        + " JOIN app_user au ON au.id = ra.user_id WHERE au.enabled = TRUE AND ra.org_unit_id = ?1"
                        + " AND ra.role_name IN (" + names + ") AND " + Validity.sql("ra", 2) + " ORDER BY ra.user_id")
                .setParameter(1, unitId).setParameter(2, date).getResultList();
        return rows.stream().map(id -> ((Number) id).longValue()).toList();
    }
}
