package vn.thidua.commendation.comment;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import vn.thidua.platform.error.BusinessException;
import vn.thidua.platform.persistence.BaseEntity;
import vn.thidua.platform.persistence.InstantConverter;

/** A comment on a nominee published for public comment, by a logged-in user; never changed afterwards. */
@Entity
@Table(name = "public_comment")
public class PublicComment extends BaseEntity {

    static final int TEXT_LENGTH = 4000;

    @Column(name = "nomination_id", nullable = false)
    private long nominationId;

    @Column(nullable = false)
    private String author;

    @Column(name = "comment_text", nullable = false)
    private String text;

    @Convert(converter = InstantConverter.class)
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected PublicComment() {
    }

    public PublicComment(long nominationId, String author, String text, Instant createdAt) {
        String body = text == null ? "" : text.strip();
        if (body.isEmpty()) {
            throw new BusinessException("comment.text.required");
        }
        if (body.length() > TEXT_LENGTH) {
            throw new BusinessException("comment.text.tooLong", TEXT_LENGTH);
        }
        this.nominationId = nominationId;
        this.author = author;
        this.text = body;
        this.createdAt = createdAt;
    }

    public long getNominationId() {
        return nominationId;
    }

    public String getAuthor() {
        return author;
    }

    public String getText() {
        return text;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
