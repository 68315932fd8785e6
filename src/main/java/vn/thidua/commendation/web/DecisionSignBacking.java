package vn.thidua.commendation.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.thidua.commendation.AwaitingDossier;
import vn.thidua.commendation.DecisionForm;
import vn.thidua.commendation.DecisionService;
import vn.thidua.commendation.DecisionView;
import vn.thidua.commendation.SigningUnit;
import vn.thidua.platform.time.Formats;
import vn.thidua.platform.web.PageMessages;

/**
 * Signing a decision: the leader picks one of the units they lead, ticks approved dossiers it holds, may change the
 * day of signing, subject and title, and signs; the decision's page opens with its number.
 */
@Named
@ViewScoped
public class DecisionSignBacking implements Serializable {

    @Inject
    private DecisionService decisions;

    private List<SigningUnit> units;
    private String unitCode;
    private List<AwaitingDossier> awaiting = List.of();
    private List<AwaitingDossier> selected = new ArrayList<>();
    private LocalDate signedOn = Formats.today();
    private String subject;
    private String signerTitle;

    /** Called by f:viewAction: the units the user leads, the first one chosen. */
    public void load() {
        units = decisions.signingUnits();
        if (unitCode == null && !units.isEmpty()) {
            unitCode = units.get(0).code();
        }
        reload();
    }

    /** The approved dossiers of the chosen unit; nothing is ticked. */
    public void reload() {
        awaiting = unitCode == null ? List.of() : decisions.awaiting(unitCode);
        selected = new ArrayList<>();
    }

    public String sign() {
        if (selected == null || selected.isEmpty()) {
            PageMessages.error("decision.nominations.required");
            return null;
        }
        List<DecisionForm.Choice> choices = selected.stream()
                .map(d -> new DecisionForm.Choice(d.id(), d.version())).toList();
        DecisionView signed = decisions.sign(new DecisionForm(unitCode, choices, signedOn, subject, signerTitle));
        PageMessages.info("decisions.sign.done", signed.number(), signed.awards().size());
        PageMessages.keepForRedirect();
        return "/decisions/decision?faces-redirect=true&id=" + signed.id();
    }

    public LocalDate getToday() {
        return Formats.today();
    }

    public List<SigningUnit> getUnits() {
        return units;
    }

    public String getUnitCode() {
        return unitCode;
    }

    public void setUnitCode(String unitCode) {
        this.unitCode = unitCode;
    }

    public List<AwaitingDossier> getAwaiting() {
        return awaiting;
    }

    public List<AwaitingDossier> getSelected() {
        return selected;
    }

    public void setSelected(List<AwaitingDossier> selected) {
        this.selected = selected;
    }

    public LocalDate getSignedOn() {
        return signedOn;
    }

    public void setSignedOn(LocalDate signedOn) {
        this.signedOn = signedOn;
    }

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject;
    }

    public String getSignerTitle() {
        return signerTitle;
    }

    public void setSignerTitle(String signerTitle) {
        this.signerTitle = signerTitle;
    }
}
