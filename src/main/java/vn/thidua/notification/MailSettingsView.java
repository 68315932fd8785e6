package vn.thidua.notification;

import java.time.Instant;

/** The e-mail settings as shown: whether a password is stored, never the password. */
public record MailSettingsView(long version, String host, int port, String username, boolean passwordSet,
                               String fromAddress, MailSecurity security, String appUrl, boolean enabled,
                               Instant updatedAt, String updatedBy) {
}
