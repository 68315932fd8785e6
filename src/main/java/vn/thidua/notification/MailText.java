package vn.thidua.notification;

import java.util.Locale;
import vn.thidua.platform.i18n.Messages;

/** A notice as an e-mail, in Vietnamese: the notice as subject and first line, its page's address, a footer. */
record MailText(String subject, String body) {

    private static final int SUBJECT_LENGTH = 150;
    private static final Locale LOCALE = Messages.VIETNAMESE;

    static MailText of(Notice notice, String appUrl) {
        String text = Messages.format(LOCALE, notice.key(), notice.arguments().toArray());
        String subject = Messages.format(LOCALE, "mail.subject", text);
        StringBuilder body = new StringBuilder(text).append("\n\n");
        if (appUrl != null && notice.link() != null) {
            body.append(appUrl.replaceAll("/+$", "")).append('/').append(notice.link().replaceFirst("^/+", ""))
                    .append("\n\n");
        }
        body.append(Messages.format(LOCALE, "mail.footer"));
        return new MailText(subject.length() > SUBJECT_LENGTH ? subject.substring(0, SUBJECT_LENGTH - 1) + "…"
                : subject, body.toString());
    }
}
