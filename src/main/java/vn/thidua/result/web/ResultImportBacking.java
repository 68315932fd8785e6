package vn.thidua.result.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.StreamedContent;
import vn.thidua.movement.MovementService;
import vn.thidua.platform.i18n.Messages;
import vn.thidua.platform.web.FileDownloads;
import vn.thidua.result.ReportSheet;
import vn.thidua.result.ResultImportService;
import vn.thidua.result.TemplateImport;
import vn.thidua.result.excel.TemplateWriter;
import vn.thidua.result.excel.Workbooks;

/**
 * The Excel page of a unit's children in a movement (opened from the dashboard): download the template of a
 * period, upload it filled in, and read the row-by-row report (nothing is saved when a row is wrong).
 */
@Named
@ViewScoped
public class ResultImportBacking implements Serializable {

    @Inject
    private ResultImportService imports;

    @Inject
    private MovementService movements;

    private String movement;
    private String unit;
    private String period;
    private List<String> periods = List.of();
    private ReportSheet sheet;
    private String fileName;
    private TemplateImport outcome;

    /** Called by f:viewAction: the movement's periods up to now, the last one chosen, and the unit's names. */
    public void load() {
        if (FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        periods = MovementChoice.of(movements.get(movement)).periodCodes();
        period = periods.isEmpty() ? null : periods.get(periods.size() - 1);
        sheet = period == null ? null : imports.template(movement, unit, period);
    }

    public StreamedContent getTemplate() {
        ReportSheet chosen = imports.template(movement, unit, period);
        return FileDownloads.of(TemplateWriter.fileName(chosen), Workbooks.MEDIA_TYPE,
                TemplateWriter.write(chosen, locale()));
    }

    public void upload(FileUploadEvent event) {
        fileName = event.getFile().getFileName();
        outcome = imports.importTemplate(movement, unit, period, event.getFile().getContent());
        if (outcome.ok()) {
            FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                    Messages.format(locale(), "excel.import.done", outcome.saved(), fileName), null));
        }
    }

    public String getSummary() {
        if (outcome == null) {
            return null;
        }
        return outcome.ok() ? Messages.format(locale(), "excel.import.saved", outcome.rows(), outcome.saved())
                : Messages.format(locale(), "excel.import.problems", outcome.rows(), outcome.problems().size());
    }

    public List<String> getProblems() {
        return outcome == null ? List.of() : outcome.problems().stream().map(p -> p.message(locale())).toList();
    }

    private static Locale locale() {
        return DashboardBacking.locale();
    }

    /** The template of the last period, read when the page opened: the unit's and the movement's names. */
    public ReportSheet getSheet() {
        return sheet;
    }

    public List<String> getPeriods() {
        return periods;
    }

    public TemplateImport getOutcome() {
        return outcome;
    }

    public String getFileName() {
        return fileName;
    }

    public String getPeriod() {
        return period;
    }

    public void setPeriod(String period) {
        this.period = period;
    }

    public String getMovement() {
        return movement;
    }

    public void setMovement(String movement) {
        this.movement = movement;
    }

    public String getUnit() {
        return unit;
    }

    public void setUnit(String unit) {
        this.unit = unit;
    }
}
