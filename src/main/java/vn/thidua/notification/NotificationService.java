package vn.thidua.notification;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import vn.thidua.identity.Role;
import vn.thidua.platform.error.NotFoundException;

/**
 * The caller's own inbox: nobody reads or marks anyone else's notifications. The unread count, asked on every page,
 * is one COUNT over the index (user_id, read_at).
 */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.LEADER_NAME, Role.OFFICER_NAME, Role.COUNCIL_MEMBER_NAME, Role.VIEWER_NAME})
public class NotificationService {

    private static final String ME = "(SELECT u.id FROM app_user u WHERE u.username = ?1)";

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext context;

    public long unreadCount() {
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM notification n WHERE n.user_id = " + ME
                + " AND n.read_at IS NULL").setParameter(1, user()).getSingleResult()).longValue();
    }

    /** A page of the inbox ({@code page} from 0, up to 100 a page), the texts in {@code locale}. */
    public InboxPage inbox(Locale locale, int page, int size) {
        int pageSize = size <= 0 ? 20 : Math.min(size, 100);
        long total = ((Number) em.createNativeQuery("SELECT COUNT(*) FROM notification n WHERE n.user_id = " + ME)
                .setParameter(1, user()).getSingleResult()).longValue();
        List<Notification> rows = em.createQuery("select n from Notification n where n.userId ="
                        + " (select u.id from UserAccount u where u.username = :me) order by n.createdAt desc, n.id desc",
                        Notification.class)
                .setParameter("me", user()).setFirstResult(Math.max(page, 0) * pageSize).setMaxResults(pageSize)
                .getResultList();
        List<NotificationView> items = rows.stream().map(n -> new NotificationView(n.getId(), n.text(locale),
                n.getLinkPath(), n.getCreatedAt(), n.getReadAt() != null)).toList();
        return new InboxPage(total, unreadCount(), items);
    }

    /** Marks the caller's notifications {@code ids} read; answers how many were unread. */
    public int markRead(Collection<Long> ids) {
        List<Long> wanted = ids == null ? List.of() : ids.stream().filter(Objects::nonNull).distinct().limit(500)
                .toList();
        if (wanted.isEmpty()) {
            return 0;
        }
        String placeholders = IntStream.range(0, wanted.size()).mapToObj(i -> "?" + (i + 3))
                .collect(Collectors.joining(", "));
        Query update = em.createNativeQuery("UPDATE notification SET read_at = ?2 WHERE user_id = " + ME
                + " AND read_at IS NULL AND id IN (" + placeholders + ")");
        update.setParameter(1, user()).setParameter(2, OffsetDateTime.now(ZoneOffset.UTC));
        for (int i = 0; i < wanted.size(); i++) {
            update.setParameter(i + 3, wanted.get(i));
        }
        return update.executeUpdate();
    }

    public int markAllRead() {
        return em.createNativeQuery("UPDATE notification SET read_at = ?2 WHERE user_id = " + ME
                        + " AND read_at IS NULL")
                .setParameter(1, user()).setParameter(2, OffsetDateTime.now(ZoneOffset.UTC)).executeUpdate();
    }

    /** Marks one of the caller's notifications read and answers the page it is about (not found if not theirs). */
    public String open(long id) {
        Notification notification = em.find(Notification.class, id);
        Long me = em.createQuery("select u.id from UserAccount u where u.username = :me", Long.class)
                .setParameter("me", user()).getResultStream().findFirst().orElse(null);
        if (notification == null || me == null || notification.getUserId() != me) {
            throw new NotFoundException("notification.notFound");
        }
        notification.markRead(Instant.now());
        return notification.getLinkPath();
    }

    private String user() {
        return context.getCallerPrincipal().getName();
    }
}
