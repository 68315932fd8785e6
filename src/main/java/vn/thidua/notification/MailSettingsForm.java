package vn.thidua.notification;

/**
 * What an administrator fills in for e-mail: the SMTP server (host, port, security NONE/STARTTLS/SSL), the login
 * (a blank password keeps the stored one; {@code clearPassword} removes it), the sender's address and the
 * application's address for links. {@code version}: as last read. A blank host and sender turn e-mail off.
 */
public record MailSettingsForm(Long version, String host, Integer port, String security, String username,
                               String password, Boolean clearPassword, String fromAddress, String appUrl) {
}
