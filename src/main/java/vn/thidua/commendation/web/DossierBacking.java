package vn.thidua.commendation.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.primefaces.model.file.UploadedFile;
import vn.thidua.commendation.AttachmentKind;
import vn.thidua.commendation.DossierService;
import vn.thidua.commendation.NominationAction;
import vn.thidua.commendation.NominationAttachmentInfo;
import vn.thidua.commendation.NominationService;
import vn.thidua.commendation.NominationView;
import vn.thidua.platform.text.VietnameseNumbers;
import vn.thidua.platform.time.Formats;
import vn.thidua.platform.web.PageMessages;

/**
 * A nomination dossier (id from the address): what it is, where it stands, its history, and its files — the
 * achievement report and others — downloaded by every reader, added and removed by the proposing unit's officers
 * and leaders while it is a draft or returned (the service judges each file by its bytes).
 */
@Named
@ViewScoped
public class DossierBacking implements Serializable {

    private static final long KILOBYTE = 1024;

    @Inject
    private NominationService nominations;

    @Inject
    private DossierService dossiers;

    private Long id;
    private NominationView view;
    private List<NominationAttachmentInfo> files = List.of();
    private AttachmentKind kind = AttachmentKind.ACHIEVEMENT_REPORT;
    private transient UploadedFile file;

    /** Called by f:viewAction once the id is set. */
    public void load() {
        if (id != null) {
            view = nominations.get(id);
            files = new ArrayList<>(dossiers.attachments(id));
            kind = hasReport() ? AttachmentKind.OTHER : AttachmentKind.ACHIEVEMENT_REPORT;
        }
    }

    public void upload() {
        if (file == null || file.getSize() == 0) {
            PageMessages.error("dossier.files.none");
            return;
        }
        NominationAttachmentInfo added = dossiers.attach(id, kind.name(), file.getFileName(), file.getContent());
        file = null;
        load();
        PageMessages.info("dossier.files.added", added.fileName());
    }

    public void remove(NominationAttachmentInfo attachment) {
        dossiers.removeAttachment(id, attachment.id());
        load();
        PageMessages.info("dossier.files.removed", attachment.fileName());
    }

    /** Files can change while the dossier is a draft or returned, for those the table lets submit it. */
    public boolean isOpen() {
        return view != null && view.state().isEditable() && view.actions().contains(NominationAction.SUBMIT);
    }

    public boolean hasReport() {
        return files.stream().anyMatch(f -> f.kind() == AttachmentKind.ACHIEVEMENT_REPORT);
    }

    /** "12 KB", at least 1. */
    public String size(NominationAttachmentInfo attachment) {
        return VietnameseNumbers.whole(Math.max(1, (attachment.sizeBytes() + KILOBYTE - 1) / KILOBYTE)) + " KB";
    }

    public String when(java.time.Instant at) {
        return Formats.dateTime(at);
    }

    public AttachmentKind[] getKinds() {
        return AttachmentKind.values();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public NominationView getView() {
        return view;
    }

    public List<NominationAttachmentInfo> getFiles() {
        return files;
    }

    public AttachmentKind getKind() {
        return kind;
    }

    public void setKind(AttachmentKind kind) {
        this.kind = kind;
    }

    public UploadedFile getFile() {
        return file;
    }

    public void setFile(UploadedFile file) {
        this.file = file;
    }
}
