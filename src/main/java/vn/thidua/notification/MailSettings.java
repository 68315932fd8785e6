package vn.thidua.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.regex.Pattern;
import vn.thidua.platform.error.BusinessException;
import vn.thidua.platform.persistence.BaseEntity;
import vn.thidua.platform.persistence.InstantConverter;

/**
 * The SMTP server for e-mail notifications (one row, id 1, made by the migration). E-mail is off while the host or
 * the sender's address is empty. The password is written, never read back to anyone: a form that leaves it empty
 * keeps the one stored.
 */
@Entity
@Table(name = "mail_settings")
public class MailSettings extends BaseEntity {

    static final long ID = 1L;
    private static final Pattern HOST = Pattern.compile("[A-Za-z0-9.-]{1,255}|\\[[0-9A-Fa-f:.]{2,60}]");
    private static final Pattern ADDRESS = Pattern.compile("[^@\\s<>\"]{1,64}@[A-Za-z0-9.-]{1,190}");
    private static final Pattern APP_URL = Pattern.compile("https?://[^\\s\"<>]{1,240}");

    private String host;

    @Column(nullable = false)
    private int port = 587;

    private String username;

    private String password;

    @Column(name = "from_address")
    private String fromAddress;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private MailSecurity security = MailSecurity.STARTTLS;

    @Column(name = "app_url")
    private String appUrl;

    @Convert(converter = InstantConverter.class)
    @Column(name = "updated_at")
    private Instant updatedAt;

    @Column(name = "updated_by")
    private String updatedBy;

    protected MailSettings() {
    }

    /** Sets everything from {@code form}; a blank password keeps the stored one unless it is to be cleared. */
    void configure(MailSettingsForm form, String user) {
        String newHost = blankToNull(form.host());
        if (newHost != null && !HOST.matcher(newHost).matches()) {
            throw new BusinessException("mail.host.invalid", newHost);
        }
        int newPort = form.port() == null ? 587 : form.port();
        if (newPort < 1 || newPort > 65535) {
            throw new BusinessException("mail.port.invalid", String.valueOf(newPort));
        }
        String from = blankToNull(form.fromAddress());
        if (from != null && !ADDRESS.matcher(from).matches()) {
            throw new BusinessException("mail.address.invalid", from);
        }
        if ((newHost == null) != (from == null)) {
            throw new BusinessException("mail.hostAndSender");
        }
        String url = blankToNull(form.appUrl());
        if (url != null && !APP_URL.matcher(url).matches()) {
            throw new BusinessException("mail.appUrl.invalid", url);
        }
        String login = blankToNull(form.username());
        if (login != null && login.length() > 255) {
            throw new BusinessException("mail.username.tooLong");
        }
        String secret = form.password() == null || form.password().isEmpty() ? null : form.password();
        if (secret != null && secret.length() > 500) {
            throw new BusinessException("mail.password.tooLong");
        }
        this.host = newHost;
        this.port = newPort;
        this.username = login;
        if (Boolean.TRUE.equals(form.clearPassword()) || login == null) {
            this.password = null;
        } else if (secret != null) {
            this.password = secret;
        }
        this.fromAddress = from;
        this.security = MailSecurity.parse(form.security());
        this.appUrl = url;
        this.updatedAt = Instant.now();
        this.updatedBy = user;
    }

    /** The settings without the password, for pages, the API and the audit log. */
    MailSettingsView view() {
        return new MailSettingsView(getVersion(), host, port, username, password != null, fromAddress, security,
                appUrl, isEnabled(), updatedAt, updatedBy);
    }

    public boolean isEnabled() {
        return host != null && fromAddress != null;
    }

    boolean hasLogin() {
        return username != null;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    String getHost() {
        return host;
    }

    int getPort() {
        return port;
    }

    String getUsername() {
        return username;
    }

    String getPassword() {
        return password;
    }

    String getFromAddress() {
        return fromAddress;
    }

    MailSecurity getSecurity() {
        return security;
    }

    String getAppUrl() {
        return appUrl;
    }
}
