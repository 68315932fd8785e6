package vn.thidua.commendation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.Objects;
import vn.thidua.platform.persistence.StoredFile;

/**
 * A file of a nomination dossier: the achievement report or another document, judged by its first bytes and size
 * (PDF, DOCX, PNG or JPEG; {@link vn.thidua.result.EvidenceFiles}) and served back only as what it was judged to
 * be, as a download.
 */
@Entity
@Table(name = "nomination_attachment")
public class NominationAttachment extends StoredFile {

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "nomination_id")
    private Nomination nomination;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AttachmentKind kind;

    protected NominationAttachment() {
    }

    NominationAttachment(Nomination nomination, AttachmentKind kind, String fileName, String contentType,
                         byte[] content, String user) {
        super(fileName, contentType, content, user);
        this.nomination = Objects.requireNonNull(nomination);
        this.kind = Objects.requireNonNull(kind);
    }

    NominationAttachmentInfo info() {
        return new NominationAttachmentInfo(getId(), kind, getFileName(), getContentType(), getSizeBytes(),
                getUploadedAt(), getUploadedBy());
    }

    public Nomination getNomination() {
        return nomination;
    }

    public AttachmentKind getKind() {
        return kind;
    }
}
