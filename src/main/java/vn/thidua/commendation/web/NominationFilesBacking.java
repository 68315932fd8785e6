package vn.thidua.commendation.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import org.primefaces.model.file.UploadedFile;
import vn.thidua.commendation.AttachmentKind;
import vn.thidua.commendation.DossierService;
import vn.thidua.commendation.NominationAttachmentInfo;
import vn.thidua.commendation.NominationFiles;
import vn.thidua.platform.text.VietnameseNumbers;
import vn.thidua.platform.time.Formats;
import vn.thidua.platform.web.PageMessages;

/**
 * The files of the dossier whose id the page's address gives ({@code ?id=}), for the include
 * nomination-files.xhtml on any page of a dossier: listed with download links for every reader, added and removed
 * while the service allows it (it judges each file by its bytes).
 */
@Named
@ViewScoped
public class NominationFilesBacking implements Serializable {

    private static final long KILOBYTE = 1024;

    @Inject
    private DossierService dossiers;

    private Long id;
    private NominationFiles files;
    private AttachmentKind kind;
    private transient UploadedFile file;

    @PostConstruct
    void init() {
        String param = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("id");
        id = param != null && param.matches("\\d{1,18}") ? Long.valueOf(param) : null;
    }

    /** The files, read once per view (and again after a change). */
    public NominationFiles getFiles() {
        if (files == null && id != null) {
            show(dossiers.files(id));
        }
        return files;
    }

    private void show(NominationFiles read) {
        files = read;
        kind = read.hasReport() ? AttachmentKind.OTHER : AttachmentKind.ACHIEVEMENT_REPORT;
    }

    public void upload() {
        if (file == null || file.getSize() == 0) {
            PageMessages.error("dossier.files.none");
            return;
        }
        NominationAttachmentInfo added = dossiers.attach(id, kind.name(), file.getFileName(), file.getContent());
        file = null;
        show(dossiers.files(id));
        PageMessages.info("dossier.files.added", added.fileName());
    }

    public void remove(NominationAttachmentInfo attachment) {
        dossiers.removeAttachment(id, attachment.id());
        show(dossiers.files(id));
        PageMessages.info("dossier.files.removed", attachment.fileName());
    }

    /** "12 KB", at least 1. */
    public String size(NominationAttachmentInfo attachment) {
        return VietnameseNumbers.whole(Math.max(1, (attachment.sizeBytes() + KILOBYTE - 1) / KILOBYTE)) + " KB";
    }

    public String when(Instant at) {
        return Formats.dateTime(at);
    }

    public AttachmentKind[] getKinds() {
        return AttachmentKind.values();
    }

    public Long getId() {
        return id;
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
