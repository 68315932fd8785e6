package vn.thidua.commendation;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import vn.thidua.identity.Role;
import vn.thidua.notification.Notice;
import vn.thidua.notification.Notification;
import vn.thidua.notification.Recipient;

/**
 * Writes in-app notifications for the parts of commendation that run outside a CDI context or at a given moment
 * (the deadline round, the council's agenda), in the caller's transaction: rows of the inbox of
 * {@link vn.thidua.notification}, for the users {@link NoticeRecipients} finds. The steps of the review chain go
 * through {@link NominationNotices}, which also sends e-mail.
 */
public class NotificationRows {

    private final EntityManager em;

    public NotificationRows(EntityManager em) {
        this.em = em;
    }

    /** The page of a nomination dossier, relative to the application: the one link every notice uses. */
    public static String nominationLink(long nominationId) {
        return NominationNotices.link(nominationId);
    }

    public void add(long userId, String key, List<String> arguments, String link, Instant now) {
        em.persist(new Notification(userId, new Notice(key, arguments, link), now));
    }

    public void addAll(Collection<Long> userIds, String key, List<String> arguments, String link, Instant now) {
        userIds.forEach(user -> add(user, key, arguments, link, now));
    }

    /** The enabled users holding one of {@code roles} at exactly the unit on {@code date}. */
    public List<Long> holders(long unitId, Set<Role> roles, LocalDate date) {
        return new NoticeRecipients(em).holders(unitId, roles, date).stream().map(Recipient::userId).toList();
    }
}
