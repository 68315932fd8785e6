package vn.thidua.notification;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;
import jakarta.mail.MessagingException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends notices by e-mail with the configured SMTP server, asynchronously; does nothing while e-mail is off.
 * A failure is logged, never thrown: the work the notice reports is done, and the inbox has it anyway.
 */
@Stateless
@PermitAll
public class MailSender {

    private static final Logger LOG = Logger.getLogger(MailSender.class.getName());

    @PersistenceContext
    private EntityManager em;

    @Asynchronous
    public void send(OutgoingMail mail) {
        MailSettings settings = em.find(MailSettings.class, MailSettings.ID);
        if (settings == null || !settings.isEnabled()) {
            return;
        }
        try {
            Smtp.send(settings, mail.addresses(), MailText.of(mail.notice(), settings.getAppUrl()));
        } catch (MessagingException | RuntimeException e) {
            LOG.log(Level.WARNING, e, () -> "E-mail to " + mail.addresses().size() + " recipient(s) through "
                    + settings.getHost() + ":" + settings.getPort() + " failed: " + e.getMessage());
        }
    }
}
