package vn.thidua.notification.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import vn.thidua.notification.MailSecurity;
import vn.thidua.notification.MailSettingsForm;
import vn.thidua.notification.MailSettingsService;
import vn.thidua.notification.MailSettingsView;
import vn.thidua.platform.web.PageMessages;

/**
 * The administrators' e-mail settings. The stored password is never sent to the browser: the field starts empty,
 * and left empty it keeps the stored one.
 */
@Named
@ViewScoped
public class MailSettingsBacking implements Serializable {

    @Inject
    private MailSettingsService service;

    private MailSettingsView view;
    private String host;
    private Integer port;
    private MailSecurity security;
    private String username;
    private String password;
    private boolean clearPassword;
    private String fromAddress;
    private String appUrl;
    private String testAddress;

    @PostConstruct
    void init() {
        show(service.view());
    }

    private void show(MailSettingsView settings) {
        view = settings;
        host = settings.host();
        port = settings.port();
        security = settings.security();
        username = settings.username();
        password = null;
        clearPassword = false;
        fromAddress = settings.fromAddress();
        appUrl = settings.appUrl();
    }

    public void save() {
        show(service.save(new MailSettingsForm(view.version(), host, port, security == null ? null : security.name(),
                username, password, clearPassword, fromAddress, appUrl)));
        PageMessages.info(view.enabled() ? "mail.saved" : "mail.saved.disabled");
    }

    public void reload() {
        show(service.view());
    }

    public void sendTest() {
        service.sendTest(testAddress);
        PageMessages.info("mail.test.sent", testAddress);
    }

    public MailSecurity[] getSecurities() {
        return MailSecurity.values();
    }

    public MailSettingsView getView() {
        return view;
    }

    public String getHost() {
        return host;
    }

    public void setHost(String host) {
        this.host = host;
    }

    public Integer getPort() {
        return port;
    }

    public void setPort(Integer port) {
        this.port = port;
    }

    public MailSecurity getSecurity() {
        return security;
    }

    public void setSecurity(MailSecurity security) {
        this.security = security;
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

    public boolean isClearPassword() {
        return clearPassword;
    }

    public void setClearPassword(boolean clearPassword) {
        this.clearPassword = clearPassword;
    }

    public String getFromAddress() {
        return fromAddress;
    }

    public void setFromAddress(String fromAddress) {
        this.fromAddress = fromAddress;
    }

    public String getAppUrl() {
        return appUrl;
    }

    public void setAppUrl(String appUrl) {
        this.appUrl = appUrl;
    }

    public String getTestAddress() {
        return testAddress;
    }

    public void setTestAddress(String testAddress) {
        this.testAddress = testAddress;
    }
}
