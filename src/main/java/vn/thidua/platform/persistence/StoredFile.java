package vn.thidua.platform.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;

/**
 * A file uploaded by a user and kept in the database (never on the server's disk, never served from where it was
 * stored): its name as made safe, the content type its first bytes showed (see
 * {@link vn.thidua.result.EvidenceFiles}), its bytes, and who uploaded it when. Lists read the other columns only.
 */
@MappedSuperclass
public abstract class StoredFile extends BaseEntity {

    @Column(name = "file_name", nullable = false)
    private String fileName;

    @Column(name = "content_type", nullable = false)
    private String contentType;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @Column(nullable = false)
    private byte[] content;

    @Convert(converter = InstantConverter.class)
    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    @Column(name = "uploaded_by", nullable = false)
    private String uploadedBy;

    protected StoredFile() {
    }

    protected StoredFile(String fileName, String contentType, byte[] content, String user) {
        this.fileName = fileName;
        this.contentType = contentType;
        this.content = content;
        this.sizeBytes = content.length;
        this.uploadedAt = Instant.now();
        this.uploadedBy = user;
    }

    public String getFileName() {
        return fileName;
    }

    public String getContentType() {
        return contentType;
    }

    public long getSizeBytes() {
        return sizeBytes;
    }

    public byte[] getContent() {
        return content;
    }

    public Instant getUploadedAt() {
        return uploadedAt;
    }

    public String getUploadedBy() {
        return uploadedBy;
    }
}
