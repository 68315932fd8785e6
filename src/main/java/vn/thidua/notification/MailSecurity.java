package vn.thidua.notification;

import java.util.Locale;
import vn.thidua.platform.error.BusinessException;

/** How the connection to the SMTP server is protected: none, STARTTLS (usually port 587) or SSL/TLS (port 465). */
public enum MailSecurity {
    NONE, STARTTLS, SSL;

    public String messageKey() {
        return "mail.security." + name();
    }

    public static MailSecurity parse(String name) {
        if (name == null || name.isBlank()) {
            return STARTTLS;
        }
        try {
            return valueOf(name.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BusinessException("mail.security.unknown", name);
        }
    }
}
