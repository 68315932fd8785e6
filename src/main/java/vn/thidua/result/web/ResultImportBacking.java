package vn.thidua.result.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.StreamedContent;
import vn.thidua.platform.i18n.Messages;
import vn.thidua.result.ReportSheet;
import vn.thidua.result.ResultImportService;
import vn.thidua.result.TemplateImport;
import vn.thidua.result.excel.TemplateWriter;

/**
 * The Excel dialog of the dashboard: download the template of the dashboard's unit for a period, upload it filled
 * in, and read the row-by-row report (nothing is saved when a row is wrong).
 */
@Named
@ViewScoped
public class ResultImportBacking implements Serializable {

    @Inject
    private ResultImportService imports;

    @Inject
    private DashboardBacking dashboard;

    private String period;
    private String fileName;
    private TemplateImport outcome;

    public void open() {
        List<String> periods = dashboard.getPeriodCodes();
        String last = dashboard.getView() == null ? null : DashboardBacking.lastPeriod(dashboard.getView().rollup());
        period = last != null && periods.contains(last) ? last : periods.isEmpty() ? null : periods.get(periods.size() - 1);
        fileName = null;
        outcome = null;
    }

    public StreamedContent getTemplate() {
        ReportSheet sheet = imports.template(dashboard.getMovement(), dashboard.getUnitCode(), period);
        return DashboardBacking.download(TemplateWriter.fileName(sheet),
                TemplateWriter.write(sheet, DashboardBacking.locale()));
    }

    public void upload(FileUploadEvent event) {
        fileName = event.getFile().getFileName();
        outcome = imports.importTemplate(dashboard.getMovement(), dashboard.getUnitCode(), period,
                event.getFile().getContent());
        if (outcome.ok()) {
            FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                    Messages.format(DashboardBacking.locale(), "excel.import.done", outcome.saved(), fileName), null));
            dashboard.refresh();
        }
    }

    public String getSummary() {
        if (outcome == null) {
            return null;
        }
        return outcome.ok() ? Messages.format(DashboardBacking.locale(), "excel.import.saved", outcome.rows(),
                outcome.saved()) : Messages.format(DashboardBacking.locale(), "excel.import.problems",
                outcome.rows(), outcome.problems().size());
    }

    public List<String> getProblems() {
        return outcome == null ? List.of()
                : outcome.problems().stream().map(p -> p.message(DashboardBacking.locale())).toList();
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
}
