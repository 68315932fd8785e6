package vn.thidua.notification;

import java.io.Serializable;
import java.time.Instant;

/** A notification as its reader sees it: the text in their language, the page it is about, when, and if read. */
public record NotificationView(long id, String text, String link, Instant createdAt, boolean read)
        implements Serializable {
}
