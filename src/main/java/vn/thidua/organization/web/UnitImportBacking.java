package vn.thidua.organization.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import org.primefaces.PrimeFaces;
import org.primefaces.model.file.UploadedFile;
import vn.thidua.organization.ImportReport;
import vn.thidua.organization.OrgImportService;
import vn.thidua.platform.i18n.Messages;

/**
 * The import dialog of the units page: a CSV or XLSX file is checked ("Kiểm tra") and then imported ("Nhập").
 * The file's bytes are kept for the view, so the import is of the very file that was checked.
 */
@Named
@ViewScoped
public class UnitImportBacking implements Serializable {

    @Inject
    private OrgImportService imports;

    @Inject
    private UnitsBacking unitsBacking;

    private transient UploadedFile file;
    private byte[] content;
    private String fileName;
    private ImportReport report;

    public void open() {
        file = null;
        content = null;
        fileName = null;
        report = null;
    }

    public void check() {
        if (takeFile()) {
            report = imports.preview(content, fileName);
        }
    }

    public void importUnits() {
        if (!takeFile()) {
            return;
        }
        report = imports.importUnits(content, fileName);
        if (report.ok()) {
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                    message("units.import.done", report.created(), fileName), null));
            unitsBacking.showTree();
            open();
            PrimeFaces.current().executeScript("PF('importDialog').hide()");
        }
    }

    /** A newly chosen file replaces the one kept; false (with a message) when there is none. */
    private boolean takeFile() {
        if (file != null && file.getSize() > 0) {
            content = file.getContent();
            fileName = file.getFileName();
            file = null;
        }
        if (content == null) {
            FacesContext.getCurrentInstance().addMessage("import:file",
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, message("units.import.noFile"), null));
            return false;
        }
        return true;
    }

    private static String message(String key, Object... arguments) {
        Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        return Messages.format(locale, key, arguments);
    }

    public String getSummary() {
        if (report == null) {
            return null;
        }
        return report.ok() ? message("units.import.ready", report.rows(), report.created())
                : message("units.import.problems", report.rows(), report.problems().size());
    }

    public List<String> getProblems() {
        Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        return report == null ? List.of() : report.problems().stream().map(p -> p.message(locale)).toList();
    }

    public ImportReport getReport() {
        return report;
    }

    public String getFileName() {
        return fileName;
    }

    public UploadedFile getFile() {
        return file;
    }

    public void setFile(UploadedFile file) {
        this.file = file;
    }
}
