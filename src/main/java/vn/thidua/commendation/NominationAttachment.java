package vn.thidua.commendation;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import vn.thidua.platform.persistence.BaseEntity;
import vn.thidua.platform.persistence.InstantConverter;

/**
 * A file of a nomination dossier, stored in the database: its bytes were judged by their first bytes and size
 * (PDF, DOCX, PNG or JPEG; see {@link vn.thidua.result.EvidenceFiles}), and it is served back only as what it was
 * judged to be, as a download.
 */
@Entity
@Table(name = "nomination_attachment")
public class NominationAttachment extends BaseEntity {

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "nomination_id")
    private Nomination nomination;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AttachmentKind kind;

    @Column(name = "file_name", nullable = false)
    private String fileName;

    @Column(name = "content_type", nullable = false)
    private String contentType;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false)
    private byte[] content;

    @Convert(converter = InstantConverter.class)
    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    @Column(name = "uploaded_by", nullable = false)
    private String uploadedBy;

    protected NominationAttachment() {
    }

    NominationAttachment(Nomination nomination, AttachmentKind kind, String fileName, String contentType,
                         byte[] content, String user) {
        this.nomination = Objects.requireNonNull(nomination);
        this.kind = Objects.requireNonNull(kind);
        this.fileName = fileName;
        this.contentType = contentType;
        this.content = content;
        this.sizeBytes = content.length;
        this.uploadedAt = Instant.now();
        this.uploadedBy = user;
    }

    NominationAttachmentInfo info() {
        return new NominationAttachmentInfo(getId(), kind, fileName, contentType, sizeBytes, uploadedAt, uploadedBy);
    }

    public Nomination getNomination() {
        return nomination;
    }

    public AttachmentKind getKind() {
        return kind;
    }

    public String getFileName() {
        return fileName;
    }

    public String getContentType() {
        return contentType;
    }

    public byte[] getContent() {
        return content;
    }
}
