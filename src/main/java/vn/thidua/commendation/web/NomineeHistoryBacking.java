package vn.thidua.commendation.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import vn.thidua.commendation.registry.AwardLine;
import vn.thidua.commendation.registry.NomineeHistory;
import vn.thidua.commendation.registry.RegistryService;
import vn.thidua.platform.web.PageMessages;

/** A person's or collective's history: their awards (with certificates) and their nominations. */
@Named
@ViewScoped
public class NomineeHistoryBacking implements Serializable {

    @Inject
    private RegistryService registry;

    private Long id;
    private NomineeHistory history;

    /** Called by f:viewAction once the id parameter is set. */
    public void load() {
        history = id == null ? null : registry.history(id);
    }

    public String awardTypeName(AwardLine award) {
        return award.awardTypeName(PageMessages.locale());
    }

    public String dossierTypeName(NomineeHistory.Dossier dossier) {
        return "en".equals(PageMessages.locale().getLanguage()) ? dossier.awardTypeNameEn()
                : dossier.awardTypeNameVi();
    }

    public NomineeHistory getHistory() {
        return history;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }
}
