package vn.thidua.commendation;

import java.io.Serializable;
import java.util.List;

/** The files of a dossier, and whether the caller may add and remove them now. */
public record NominationFiles(boolean mayChange, List<NominationAttachmentInfo> items) implements Serializable {

    public boolean hasReport() {
        return items.stream().anyMatch(f -> f.kind() == AttachmentKind.ACHIEVEMENT_REPORT);
    }
}
