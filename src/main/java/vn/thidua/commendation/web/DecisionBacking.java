package vn.thidua.commendation.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import vn.thidua.commendation.DecisionService;
import vn.thidua.commendation.DecisionView;
import vn.thidua.commendation.registry.AwardLine;
import vn.thidua.platform.web.PageMessages;

/** One decision: its details, its PDF, and the awards it grants with their certificates. */
@Named
@ViewScoped
public class DecisionBacking implements Serializable {

    @Inject
    private DecisionService decisions;

    private Long id;
    private DecisionView decision;

    /** Called by f:viewAction once the id parameter is set. */
    public void load() {
        decision = id == null ? null : decisions.get(id);
    }

    public String awardTypeName(AwardLine award) {
        return award.awardTypeName(PageMessages.locale());
    }

    /** "Quyết định số 12/QĐ-MTTQ", or the list's title while there is none. */
    public String getTitle() {
        return decision == null ? PageMessages.text("decisions.title")
                : PageMessages.text("decisions.one") + " " + decision.number();
    }

    public DecisionView getDecision() {
        return decision;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }
}
