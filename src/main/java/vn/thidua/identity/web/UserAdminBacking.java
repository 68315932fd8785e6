package vn.thidua.identity.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import vn.thidua.identity.Role;
import vn.thidua.identity.UserAdminService;
import vn.thidua.identity.UserDetails;
import vn.thidua.organization.OrgUnitService;
import vn.thidua.organization.web.UnitLabels;
import vn.thidua.platform.i18n.Messages;
import vn.thidua.platform.time.Formats;

/** One user for administrators: name, e-mail, enabled, password reset, and roles at units for a period. */
@Named
@ViewScoped
public class UserAdminBacking implements Serializable {

    private static final int SUGGESTIONS = 15;

    @Inject
    private UserAdminService users;

    @Inject
    private OrgUnitService units;

    private String username;
    private UserDetails user;
    private String displayName;
    private String email;
    private boolean enabled;
    private String temporaryPassword;

    private Role grantRole = Role.OFFICER;
    private String grantUnit;
    private LocalDate grantFrom = Formats.today();
    private LocalDate grantTo;
    private LocalDate revokeOn = Formats.today();

    /** Called by f:viewAction once the username parameter is set. */
    public void load() {
        show(users.get(username));
    }

    private void show(UserDetails details) {
        user = details;
        displayName = details.displayName();
        email = details.email();
        enabled = details.enabled();
    }

    public void save() {
        show(users.update(username, displayName, email, enabled));
        info("users.saved");
    }

    public void resetPassword() {
        temporaryPassword = users.resetPassword(username);
        show(users.get(username));
    }

    public void grant() {
        show(users.grant(username, grantRole.name(), UnitLabels.code(grantUnit), grantFrom, grantTo));
        grantUnit = null;
        info("users.role.granted");
    }

    public void revoke(long assignmentId) {
        show(users.revoke(username, assignmentId, revokeOn));
        info("users.role.revoked");
    }

    /** Suggestions for the unit field: "Name (code)", searched without diacritics as of the start date. */
    public List<String> completeUnit(String text) {
        LocalDate date = grantFrom == null ? Formats.today() : grantFrom;
        return units.search(text, date, SUGGESTIONS).stream().map(UnitLabels::label).toList();
    }

    public Role[] getRoles() {
        return Role.values();
    }

    private static void info(String key) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                Messages.format(faces.getViewRoot().getLocale(), key), null));
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public UserDetails getUser() {
        return user;
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

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public String getTemporaryPassword() {
        return temporaryPassword;
    }

    public Role getGrantRole() {
        return grantRole;
    }

    public void setGrantRole(Role grantRole) {
        this.grantRole = grantRole;
    }

    public String getGrantUnit() {
        return grantUnit;
    }

    public void setGrantUnit(String grantUnit) {
        this.grantUnit = grantUnit;
    }

    public LocalDate getGrantFrom() {
        return grantFrom;
    }

    public void setGrantFrom(LocalDate grantFrom) {
        this.grantFrom = grantFrom;
    }

    public LocalDate getGrantTo() {
        return grantTo;
    }

    public void setGrantTo(LocalDate grantTo) {
        this.grantTo = grantTo;
    }

    public LocalDate getRevokeOn() {
        return revokeOn;
    }

    public void setRevokeOn(LocalDate revokeOn) {
        this.revokeOn = revokeOn;
    }
}
