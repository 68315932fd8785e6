package vn.thidua.identity.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.thidua.identity.AccountService;
import vn.thidua.identity.UserDetails;
import vn.thidua.platform.i18n.Messages;

/** The user's own profile: name and e-mail, and (read only) the roles they hold. */
@Named
@RequestScoped
public class ProfileBacking {

    @Inject
    private AccountService accounts;

    @Inject
    private CurrentUser currentUser;

    private UserDetails account;
    private String displayName;
    private String email;

    @PostConstruct
    void init() {
        account = accounts.ownAccount();
        displayName = account.displayName();
        email = account.email();
    }

    public void save() {
        accounts.updateOwnProfile(displayName, email);
        currentUser.refresh();
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                Messages.format(faces.getViewRoot().getLocale(), "users.saved"), null));
    }

    public UserDetails getAccount() {
        return account;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }
}
