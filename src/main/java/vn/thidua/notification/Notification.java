package vn.thidua.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import vn.thidua.platform.i18n.Messages;
import vn.thidua.platform.persistence.BaseEntity;
import vn.thidua.platform.persistence.InstantConverter;

/**
 * One message in a user's inbox: a bundle key and its arguments (stored joined by U+001F), so that each reader sees
 * it in their language, and the page it is about. Unread until the user opens or dismisses it.
 */
@Entity
@Table(name = "notification")
public class Notification extends BaseEntity {

    static final char SEPARATOR = '\u001F';
    private static final int ARGS_LENGTH = 2000;

    @Column(name = "user_id", nullable = false)
    private long userId;

    @Column(name = "text_key", nullable = false)
    private String textKey;

    @Column(name = "text_args")
    private String textArgs;

    @Column(name = "link_path")
    private String linkPath;

    @Convert(converter = InstantConverter.class)
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Convert(converter = InstantConverter.class)
    @Column(name = "read_at")
    private Instant readAt;

    protected Notification() {
    }

    public Notification(long userId, Notice notice, Instant createdAt) {
        this.userId = userId;
        this.textKey = Objects.requireNonNull(notice.key());
        String joined = String.join(String.valueOf(SEPARATOR), notice.arguments().stream()
                .map(a -> a.replace(SEPARATOR, ' ')).toList());
        this.textArgs = joined.length() > ARGS_LENGTH ? joined.substring(0, ARGS_LENGTH) : joined;
        this.linkPath = notice.link();
        this.createdAt = Objects.requireNonNull(createdAt);
    }

    void markRead(Instant at) {
        if (readAt == null) {
            readAt = at;
        }
    }

    public List<String> arguments() {
        return textArgs == null || textArgs.isEmpty() ? List.of()
                : Arrays.asList(textArgs.split(String.valueOf(SEPARATOR), -1));
    }

    public String text(Locale locale) {
        return Messages.format(locale, textKey, arguments().toArray());
    }

    public long getUserId() {
        return userId;
    }

    public String getTextKey() {
        return textKey;
    }

    public String getLinkPath() {
        return linkPath;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getReadAt() {
        return readAt;
    }
}
