package vn.thidua.notification;

import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.Date;
import java.util.List;
import java.util.Properties;

/**
 * Jakarta Mail (provided by the server) over the configured SMTP server: one connection, one message per address
 * so that recipients do not see each other. Timeouts keep a dead server from holding a thread for long.
 */
final class Smtp {

    private static final String TIMEOUT_MS = "15000";

    private Smtp() {
    }

    static void send(MailSettings settings, List<String> addresses, MailText text) throws MessagingException {
        Session session = Session.getInstance(properties(settings));
        try (Transport transport = session.getTransport("smtp")) {
            if (settings.hasLogin()) {
                transport.connect(settings.getHost(), settings.getPort(), settings.getUsername(),
                        settings.getPassword());
            } else {
                transport.connect();
            }
            for (String address : addresses) {
                MimeMessage message = new MimeMessage(session);
                message.setFrom(new InternetAddress(settings.getFromAddress(), true));
                Address[] to = {new InternetAddress(address, true)};
                message.setRecipients(Message.RecipientType.TO, to);
                message.setSubject(text.subject(), "UTF-8");
                message.setText(text.body(), "UTF-8");
                message.setSentDate(new Date());
                message.saveChanges();
                transport.sendMessage(message, to);
            }
        }
    }

    static Properties properties(MailSettings settings) {
        Properties p = new Properties();
        p.setProperty("mail.smtp.host", settings.getHost());
        p.setProperty("mail.smtp.port", String.valueOf(settings.getPort()));
        p.setProperty("mail.smtp.auth", String.valueOf(settings.hasLogin()));
        p.setProperty("mail.smtp.connectiontimeout", TIMEOUT_MS);
        p.setProperty("mail.smtp.timeout", TIMEOUT_MS);
        p.setProperty("mail.smtp.writetimeout", TIMEOUT_MS);
        switch (settings.getSecurity()) {
            case STARTTLS -> {
                p.setProperty("mail.smtp.starttls.enable", "true");
                p.setProperty("mail.smtp.starttls.required", "true");
                p.setProperty("mail.smtp.ssl.checkserveridentity", "true");
            }
            case SSL -> {
                p.setProperty("mail.smtp.ssl.enable", "true");
                p.setProperty("mail.smtp.ssl.checkserveridentity", "true");
            }
            case NONE -> {
            }
        }
        return p;
    }
}
