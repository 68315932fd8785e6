package vn.thidua.result.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.primefaces.model.file.UploadedFile;
import vn.thidua.platform.text.VietnameseNumbers;
import vn.thidua.platform.web.PageMessages;
import vn.thidua.result.AttachmentInfo;
import vn.thidua.result.ResultReportService;

/**
 * Evidence files of the report on the page: uploaded (the service judges type and size from the bytes) and
 * removed while the report can be edited; downloaded by everyone who sees the report, from
 * /api/reports/attachments/{id} with the page's login.
 */
@Named
@ViewScoped
public class ReportFilesBacking implements Serializable {

    private static final long KILOBYTE = 1024;

    @Inject
    private ResultReportService reports;

    @Inject
    private ReportBacking page;

    private transient UploadedFile file;

    public void upload() {
        if (file == null || file.getSize() == 0) {
            PageMessages.error("reports.files.none");
            return;
        }
        AttachmentInfo added = reports.attach(page.getView().id(), file.getFileName(), file.getContent());
        file = null;
        page.attached(added);
        PageMessages.info("reports.files.added", added.fileName());
    }

    public void remove(AttachmentInfo attachment) {
        reports.removeAttachment(attachment.id());
        page.removed(attachment.id());
        PageMessages.info("reports.files.removed", attachment.fileName());
    }

    /** "12 KB", at least 1. */
    public String size(AttachmentInfo attachment) {
        return VietnameseNumbers.whole(Math.max(1, (attachment.sizeBytes() + KILOBYTE - 1) / KILOBYTE)) + " KB";
    }

    /** Files can be added once the report is saved and while it can be edited. */
    public boolean isOpen() {
        return page.getView().id() != null && page.isEditable();
    }

    public UploadedFile getFile() {
        return file;
    }

    public void setFile(UploadedFile file) {
        this.file = file;
    }
}
