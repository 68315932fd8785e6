package vn.thidua.commendation.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import vn.thidua.commendation.NominationService;
import vn.thidua.commendation.NominationView;
import vn.thidua.platform.time.Formats;

/** A nomination dossier (id from the address): what it is, where it stands, and its history; its files come from
 *  {@link NominationFilesBacking}. */
@Named
@ViewScoped
public class DossierBacking implements Serializable {

    @Inject
    private NominationService nominations;

    private Long id;
    private NominationView view;

    /** Called by f:viewAction once the id is set. */
    public void load() {
        if (id != null) {
            view = nominations.get(id);
        }
    }

    public String when(Instant at) {
        return Formats.dateTime(at);
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public NominationView getView() {
        return view;
    }
}
