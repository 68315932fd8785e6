package vn.thidua.result;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import vn.thidua.platform.persistence.StoredFile;

/** An evidence file attached to a result report (PDF, image or DOCX, checked by {@link EvidenceFiles}). */
@Entity
@Table(name = "report_attachment")
public class ReportAttachment extends StoredFile {

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "report_id")
    private ResultReport report;

    protected ReportAttachment() {
    }

    ReportAttachment(ResultReport report, String fileName, String contentType, byte[] content, String user) {
        super(fileName, contentType, content, user);
        this.report = report;
    }

    public ResultReport getReport() {
        return report;
    }
}
