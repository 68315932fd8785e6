package vn.thidua.commendation;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import vn.thidua.platform.persistence.BaseEntity;
import vn.thidua.platform.persistence.InstantConverter;

/** One in-app notification as written by {@link NotificationRows}; the inbox reads and marks them. */
@Entity(name = "NotificationRow")
@Table(name = "notification")
class NotificationRow extends BaseEntity {

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

    protected NotificationRow() {
    }

    NotificationRow(long userId, String textKey, String textArgs, String linkPath, Instant createdAt) {
        this.userId = userId;
        this.textKey = textKey;
        this.textArgs = textArgs;
        this.linkPath = linkPath;
        this.createdAt = createdAt;
    }
}
