package vn.thidua.identity.web;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.Serializable;
import vn.thidua.identity.AccountService;
import vn.thidua.identity.CallerProfile;

/** The logged-in user shown in the header: name, unit and role, loaded once per session. Also logs out. */
@Named
@SessionScoped
public class CurrentUser implements Serializable {

    @Inject
    private AccountService accounts;

    private CallerProfile profile;

    public CallerProfile getProfile() {
        if (profile == null) {
            profile = accounts.currentProfile();
        }
        return profile;
    }

    /** Reloads the profile after the user changed it. */
    public void refresh() {
        profile = null;
    }

    public CallerProfile.HeldRole getPrimaryRole() {
        return getProfile().primaryRole();
    }

    public boolean hasRole(String role) {
        return FacesContext.getCurrentInstance().getExternalContext().isUserInRole(role);
    }

    public void logout() throws IOException, ServletException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        ((HttpServletRequest) external.getRequest()).logout();
        external.invalidateSession();
        external.redirect(external.getRequestContextPath() + "/login.xhtml?loggedOut=true");
    }
}
