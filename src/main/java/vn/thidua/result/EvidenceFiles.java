package vn.thidua.result;

import java.util.Locale;
import vn.thidua.platform.error.BusinessException;

/**
 * Which evidence files are accepted: PDF, PNG, JPEG and DOCX up to 10 MB, judged by their first bytes and not by
 * what the browser claims. Answers the content type to store and serve.
 */
public final class EvidenceFiles {

    public static final int MAX_BYTES = 10 * 1024 * 1024;

    private EvidenceFiles() {
    }

    public static String check(String fileName, byte[] content) {
        if (content == null || content.length == 0) {
            throw new BusinessException("attachment.empty");
        }
        if (content.length > MAX_BYTES) {
            throw new BusinessException("attachment.tooLarge", fileName, String.valueOf(MAX_BYTES / 1024 / 1024));
        }
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        if (starts(content, 0x25, 0x50, 0x44, 0x46) && name.endsWith(".pdf")) {
            return "application/pdf";
        }
        if (starts(content, 0x89, 0x50, 0x4E, 0x47) && name.endsWith(".png")) {
            return "image/png";
        }
        if (starts(content, 0xFF, 0xD8, 0xFF) && (name.endsWith(".jpg") || name.endsWith(".jpeg"))) {
            return "image/jpeg";
        }
        if (starts(content, 0x50, 0x4B, 0x03, 0x04) && name.endsWith(".docx")) {
            return "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
        }
        throw new BusinessException("attachment.type", fileName);
    }

    /** A name safe to store and to send back in a Content-Disposition header. */
    public static String safeName(String fileName) {
        String base = fileName == null ? "file" : fileName.replaceAll(".*[/\\\\]", "");
        base = base.replaceAll("[\\p{Cntrl}\"]", "_").strip();
        return base.isEmpty() ? "file" : base.length() > 200 ? base.substring(base.length() - 200) : base;
    }

    private static boolean starts(byte[] content, int... magic) {
        if (content.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((content[i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
