package vn.thidua.result;

import java.time.Instant;

/** An evidence file of a report, without its content. */
public record AttachmentInfo(long id, String fileName, String contentType, long sizeBytes, Instant uploadedAt,
                             String uploadedBy) {
}
