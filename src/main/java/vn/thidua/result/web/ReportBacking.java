package vn.thidua.result.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.primefaces.PrimeFaces;
import vn.thidua.platform.error.BusinessException;
import vn.thidua.platform.web.PageMessages;
import vn.thidua.result.AttachmentInfo;
import vn.thidua.result.ReportStatus;
import vn.thidua.result.ReportView;
import vn.thidua.result.ResultReportService;
import vn.thidua.result.ValueInput;

/**
 * One result report (movement, unit and period from the address): the values typed or rolled up, notes, and the
 * workflow buttons the service allows. What the user typed stays in this bean when a save is refused; when someone
 * else saved in between, the user reloads and sees beside each field what they had typed.
 */
@Named
@ViewScoped
public class ReportBacking implements Serializable {

    static final String CHANGED = "report.changed";

    @Inject
    private ResultReportService reports;

    private String movement;
    private String unit;
    private String period;
    private ReportView view;
    private List<ReportLine> lines = List.of();
    private List<AttachmentInfo> attachments = List.of();
    private String notes;
    private String notesMine;
    private String reason;
    private boolean changed;

    /** Called by f:viewAction once the movement, unit and period parameters are set. */
    public void load() {
        show(reports.view(movement, unit, period));
    }

    private void show(ReportView report) {
        view = report;
        lines = report.lines().stream().map(ReportLine::new).toList();
        attachments = new ArrayList<>(report.attachments());
        notes = report.notes();
        notesMine = null;
        changed = false;
    }

    public void save() {
        saveValues();
        PageMessages.info("reports.saved");
    }

    /** Saves what is typed, then submits it. */
    public void submit() {
        saveValues();
        show(reports.submit(view.id(), view.version()));
        PageMessages.info("reports.submitted");
    }

    public void approve() {
        show(reports.approve(view.id(), view.version()));
        PageMessages.info("reports.approved");
    }

    /** Returns the report with the reason typed in the dialog; the page then shows the reason in its head. */
    public void returnReport() {
        show(reports.returnReport(view.id(), view.version(), reason));
        reason = null;
        PrimeFaces.current().ajax().update("head", "values", "files", "childReports");
        PrimeFaces.current().executeScript("PF('returnDialog').hide()");
    }

    public void unapprove() {
        show(reports.unapprove(view.id(), view.version()));
        PageMessages.info("reports.unapproved");
    }

    /** Reads the report as saved now, noting beside each field what the user had typed when it differs. */
    public void reload() {
        Map<String, ReportLine> typed = lines.stream()
                .collect(Collectors.toMap(l -> l.getIndicator().code(), Function.identity()));
        String typedNotes = notes;
        show(reports.view(movement, unit, period));
        for (ReportLine line : lines) {
            ReportLine before = typed.get(line.getIndicator().code());
            if (line.isTyped() && before != null && !before.input().equals(line.input())) {
                line.setMine(before.getShown());
            }
        }
        if (!Objects.equals(blankToNull(typedNotes), blankToNull(notes))) {
            notesMine = typedNotes;
        }
        PageMessages.info("reports.reloaded");
    }

    private void saveValues() {
        Map<String, ValueInput> values = new LinkedHashMap<>();
        lines.stream().filter(ReportLine::isTyped).forEach(l -> values.put(l.getIndicator().code(), l.input()));
        try {
            show(reports.save(movement, unit, period, view.id() == null ? null : view.version(), values, notes));
        } catch (BusinessException e) {
            changed = CHANGED.equals(e.getMessageKey());
            throw e;
        }
    }

    void attached(AttachmentInfo file) {
        attachments.add(file);
    }

    void removed(long attachmentId) {
        attachments.removeIf(a -> a.id() == attachmentId);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    /** The children's reports, those waiting for this level's decision first. */
    public List<ReportView.ChildStatus> getChildren() {
        return view.children().stream()
                .sorted(Comparator.comparing((ReportView.ChildStatus c) -> c.status() != ReportStatus.SUBMITTED))
                .toList();
    }

    /** How many children wait for this level's decision. */
    public long getWaiting() {
        return view.children().stream().filter(c -> c.status() == ReportStatus.SUBMITTED).count();
    }

    /** "Last changed by xa1.canbo, 01/07/2025 09:30". */
    public String getUpdated() {
        return PageMessages.text("reports.updated", view.updatedBy(), view.updatedAt());
    }

    public boolean isEditable() {
        return view.permissions().edit();
    }

    public ReportView getView() {
        return view;
    }

    public List<ReportLine> getLines() {
        return lines;
    }

    public List<AttachmentInfo> getAttachments() {
        return attachments;
    }

    public boolean isChanged() {
        return changed;
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

    public String getPeriod() {
        return period;
    }

    public void setPeriod(String period) {
        this.period = period;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }

    public String getNotesMine() {
        return notesMine;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
