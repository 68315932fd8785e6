package vn.thidua.commendation;

import java.io.Serializable;
import java.time.Instant;

/** A file of a dossier, without its content. */
public record NominationAttachmentInfo(long id, AttachmentKind kind, String fileName, String contentType,
                                       long sizeBytes, Instant uploadedAt, String uploadedBy) implements Serializable {
}
