package vn.thidua.identity.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import vn.thidua.identity.AccountService;
import vn.thidua.identity.security.SessionIdentity;
import vn.thidua.platform.i18n.Messages;

/** The user changes their own password (required at first login when an administrator set it). */
@Named
@RequestScoped
public class PasswordBacking {

    @Inject
    private AccountService accounts;

    @Inject
    private HttpServletRequest request;

    private String currentPassword;
    private String newPassword;
    private String confirmation;

    public void change() throws IOException {
        accounts.changeOwnPassword(currentPassword, newPassword, confirmation);
        SessionIdentity.passwordChanged(request.getSession(false));
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getExternalContext().getFlash().setKeepMessages(true);
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                Messages.format(faces.getViewRoot().getLocale(), "password.changed"), null));
        faces.getExternalContext().redirect(request.getContextPath() + "/");
    }

    public boolean isRequired() {
        SessionIdentity identity = SessionIdentity.of(request.getSession(false));
        return identity != null && identity.mustChangePassword();
    }

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public String getConfirmation() {
        return confirmation;
    }

    public void setConfirmation(String confirmation) {
        this.confirmation = confirmation;
    }
}
