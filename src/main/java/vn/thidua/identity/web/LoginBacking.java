package vn.thidua.identity.web;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import vn.thidua.demo.DemoData;
import vn.thidua.identity.AccountService;
import vn.thidua.platform.i18n.Messages;
import vn.thidua.platform.time.Formats;

/** The login form. The page is stateless (transient view), so no session exists before a successful login. */
@Named
@RequestScoped
public class LoginBacking {

    @Inject
    private SecurityContext securityContext;

    @Inject
    private AccountService accounts;

    @Inject
    private DemoData demoData;

    private String username;
    private String password;
    private String next;

    public void login() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        AuthenticationStatus status = securityContext.authenticate(
                (HttpServletRequest) external.getRequest(), (HttpServletResponse) external.getResponse(),
                withParams().credential(new UsernamePasswordCredential(username == null ? "" : username,
                        password == null ? "" : password)).newAuthentication(true));
        if (status == AuthenticationStatus.SUCCESS) {
            external.redirect(external.getRequestContextPath() + safeNext());
            return;
        }
        Optional<Instant> lockedUntil = accounts.lockedUntil(username);
        String text = lockedUntil
                .map(until -> Messages.format(faces.getViewRoot().getLocale(), "login.locked", Formats.time(until)))
                .orElseGet(() -> Messages.format(faces.getViewRoot().getLocale(), "login.failed"));
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
        faces.validationFailed();
    }

    /** Only a path inside this application; anything else (another host, a scheme) goes home. */
    String safeNext() {
        if (next == null || !next.startsWith("/") || next.startsWith("//") || next.contains("\\")
                || next.startsWith("/login.xhtml")) {
            return "/";
        }
        return next;
    }

    public boolean isDemo() {
        return demoData.isLoaded();
    }

    public List<DemoData.DemoAccount> getDemoAccounts() {
        return demoData.accounts();
    }

    public String getDemoPassword() {
        return DemoData.DEMO_PASSWORD;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getNext() {
        return next;
    }

    public void setNext(String next) {
        this.next = next;
    }
}
