package vn.thidua.movement.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import vn.thidua.identity.Role;
import vn.thidua.movement.MovementService;
import vn.thidua.movement.MovementView;

/** The movements the user takes part in (launched at, above or below their units), newest first. */
@Named
@ViewScoped
public class MovementsBacking implements Serializable {

    @Inject
    private MovementService movements;

    private List<MovementView> list;

    @PostConstruct
    void init() {
        list = movements.list();
    }

    public List<MovementView> getList() {
        return list;
    }

    public boolean isCanCreate() {
        return mayLaunch();
    }

    /** Officers, leaders and administrators may launch a movement (the service checks at which unit). */
    static boolean mayLaunch() {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        return external.isUserInRole(Role.ADMIN_NAME) || external.isUserInRole(Role.LEADER_NAME)
                || external.isUserInRole(Role.OFFICER_NAME);
    }
}
