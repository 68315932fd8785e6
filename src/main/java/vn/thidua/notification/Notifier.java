package vn.thidua.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Tells people about something, inside the caller's transaction: one inbox row per recipient (so the inbox and
 * the work it reports commit or roll back together), and e-mail to those with an address, handed to
 * {@link MailDispatch} to leave after the commit.
 */
@ApplicationScoped
public class Notifier {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Event<OutgoingMail> mail;

    public void notify(Collection<Recipient> recipients, Notice notice) {
        Map<Long, Recipient> unique = new LinkedHashMap<>();
        recipients.forEach(r -> unique.putIfAbsent(r.userId(), r));
        Instant now = Instant.now();
        unique.keySet().forEach(userId -> em.persist(new Notification(userId, notice, now)));
        List<String> addresses = unique.values().stream().map(Recipient::email)
                .filter(e -> e != null && !e.isBlank()).map(String::strip).distinct().toList();
        if (!addresses.isEmpty()) {
            mail.fire(new OutgoingMail(addresses, notice));
        }
    }
}
