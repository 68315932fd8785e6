package vn.thidua.commendation.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import org.primefaces.PrimeFaces;
import vn.thidua.commendation.NomineeService;
import vn.thidua.commendation.NomineeView;
import vn.thidua.commendation.RecipientKind;
import vn.thidua.commendation.eligibility.CaseKind;
import vn.thidua.platform.time.Formats;
import vn.thidua.platform.web.PageMessages;

/**
 * A nominee's record (id from the address): who they are, their nominations, and the discipline, inspection and
 * complaint cases about them; the record corrected and the cases recorded and closed here by the officers and
 * leaders whose units cover theirs.
 */
@Named
@ViewScoped
public class NomineeBacking implements Serializable {

    @Inject
    private NomineeService nominees;

    private Long id;
    private NomineeView view;
    private CaseKind caseKind = CaseKind.DISCIPLINE;
    private String description;
    private LocalDate openedOn = Formats.today();
    private NomineeView.CaseView closing;
    private LocalDate closedOn;
    private String note;
    private final NomineeFields fields = new NomineeFields();

    /** Called by f:viewAction once the id is set. */
    public void load() {
        if (id != null) {
            show(nominees.get(id));
        }
    }

    /** Saves the corrected record and shows it again; a refusal keeps what was typed. */
    public String correct() {
        nominees.correct(id, new NomineeService.Correction(view.version(), fields.getName(),
                fields.getBirthYear(), fields.genderCode(), fields.getJobTitle(), fields.isDeceased()));
        PageMessages.info("nominee.edit.saved");
        PageMessages.keepForRedirect();
        return "/dossier/nominee?faces-redirect=true&id=" + id;
    }

    /** The record, and the correction form filled in with what it says now. */
    private void show(NomineeView shown) {
        view = shown;
        fields.fill(shown.nominee());
    }

    public NomineeFields getFields() {
        return fields;
    }

    public boolean isPerson() {
        return view != null && view.nominee().kind() == RecipientKind.INDIVIDUAL;
    }

    public void recordCase() {
        show(nominees.recordCase(id, new NomineeService.CaseForm(caseKind.name(), description, openedOn)));
        description = null;
        PageMessages.info("nominee.case.recorded");
    }

    public void openClose(NomineeView.CaseView c) {
        closing = c;
        closedOn = Formats.today();
        note = null;
    }

    public void closeCase() {
        show(nominees.closeCase(id, closing.id(), new NomineeService.CloseForm(closing.version(), closedOn, note)));
        closing = null;
        PageMessages.info("nominee.case.closedDone");
        PrimeFaces.current().ajax().update("cases");
        PrimeFaces.current().executeScript("PF('closeDialog').hide()");
    }

    public String date(LocalDate date) {
        return Formats.date(date);
    }

    public CaseKind[] getCaseKinds() {
        return CaseKind.values();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public NomineeView getView() {
        return view;
    }

    public CaseKind getCaseKind() {
        return caseKind;
    }

    public void setCaseKind(CaseKind caseKind) {
        this.caseKind = caseKind;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public LocalDate getOpenedOn() {
        return openedOn;
    }

    public void setOpenedOn(LocalDate openedOn) {
        this.openedOn = openedOn;
    }

    public NomineeView.CaseView getClosing() {
        return closing;
    }

    public LocalDate getClosedOn() {
        return closedOn;
    }

    public void setClosedOn(LocalDate closedOn) {
        this.closedOn = closedOn;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
