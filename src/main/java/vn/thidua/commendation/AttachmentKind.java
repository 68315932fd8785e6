package vn.thidua.commendation;

import java.util.Locale;
import vn.thidua.platform.error.BusinessException;

/** What a file of a dossier is: the achievement report (báo cáo thành tích, one per dossier) or another file. */
public enum AttachmentKind {
    ACHIEVEMENT_REPORT, OTHER;

    public String messageKey() {
        return "attachment.kind." + name();
    }

    /** The kind named (any case, '-' for '_'); OTHER when blank; a clear refusal otherwise. */
    public static AttachmentKind parse(String name) {
        if (name == null || name.isBlank()) {
            return OTHER;
        }
        try {
            return valueOf(name.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new BusinessException("attachment.kind.unknown", name);
        }
    }
}
