package vn.thidua.notification;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import vn.thidua.identity.Role;
import vn.thidua.platform.audit.AuditLog;
import vn.thidua.platform.error.BusinessException;

/** The SMTP settings of e-mail notifications, for administrators; changes are audited (without the password). */
@Stateless
@RolesAllowed(Role.ADMIN_NAME)
public class MailSettingsService {

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext context;

    @Inject
    private AuditLog audit;

    public MailSettingsView view() {
        return settings().view();
    }

    /** Saves the settings; refused as "already changed" when {@code form.version()} is not the stored one. */
    public MailSettingsView save(MailSettingsForm form) {
        MailSettings settings = em.find(MailSettings.class, MailSettings.ID, LockModeType.PESSIMISTIC_WRITE);
        if (form == null || form.version() == null || form.version() != settings.getVersion()) {
            throw new BusinessException("mail.changed");
        }
        String before = describe(settings.view());
        boolean passwordChanged = form.password() != null && !form.password().isEmpty()
                || Boolean.TRUE.equals(form.clearPassword());
        settings.configure(form, context.getCallerPrincipal().getName());
        em.flush();
        audit.record("MAIL_SETTINGS_CHANGED", "MailSettings", MailSettings.ID, before,
                describe(settings.view()) + (passwordChanged ? " | password changed" : ""));
        return settings.view();
    }

    /** Sends a test message to {@code address} now, with the stored settings; a failure is shown to the admin. */
    public void sendTest(String address) {
        if (address == null || address.isBlank()) {
            throw new BusinessException("mail.test.addressRequired");
        }
        MailSettings settings = settings();
        if (!settings.isEnabled()) {
            throw new BusinessException("mail.disabled");
        }
        try {
            Smtp.send(settings, List.of(address.strip()), MailText.of(new Notice("mail.test.text",
                    List.of(context.getCallerPrincipal().getName()), null), null));
        } catch (MessagingException | RuntimeException e) {
            throw new BusinessException("mail.test.failed", String.valueOf(e.getMessage()));
        }
    }

    private MailSettings settings() {
        return em.find(MailSettings.class, MailSettings.ID);
    }

    private static String describe(MailSettingsView v) {
        return v.host() + ":" + v.port() + " " + v.security() + " | " + v.username() + " | " + v.fromAddress()
                + " | " + v.appUrl();
    }
}
