package vn.thidua.identity.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import vn.thidua.identity.UserAccounts;
import vn.thidua.identity.UserAdminService;
import vn.thidua.identity.UserSummary;

/** The user list for administrators, paged in SQL. */
@Named
@ViewScoped
public class UsersBacking implements Serializable {

    @Inject
    private UserAdminService users;

    private LazyDataModel<UserSummary> model;
    private String newUsername;
    private String newDisplayName;
    private String newEmail;
    private String temporaryPassword;
    private String createdUsername;

    @PostConstruct
    void init() {
        model = new LazyDataModel<>() {
            @Override
            public int count(Map<String, FilterMeta> filterBy) {
                return (int) users.count();
            }

            @Override
            public List<UserSummary> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                          Map<String, FilterMeta> filterBy) {
                return users.list(first, pageSize);
            }

            @Override
            public String getRowKey(UserSummary user) {
                return user.username();
            }
        };
    }

    public void openCreate() {
        newUsername = null;
        newDisplayName = null;
        newEmail = null;
        temporaryPassword = null;
    }

    /** Creates the account; the temporary password is shown once, to hand over to the user. */
    public void create() {
        temporaryPassword = users.create(newUsername, newDisplayName, newEmail);
        createdUsername = UserAccounts.normalize(newUsername);
    }

    public String getNewUsername() {
        return newUsername;
    }

    public void setNewUsername(String newUsername) {
        this.newUsername = newUsername;
    }

    public String getNewDisplayName() {
        return newDisplayName;
    }

    public void setNewDisplayName(String newDisplayName) {
        this.newDisplayName = newDisplayName;
    }

    public String getNewEmail() {
        return newEmail;
    }

    public void setNewEmail(String newEmail) {
        this.newEmail = newEmail;
    }

    public String getTemporaryPassword() {
        return temporaryPassword;
    }

    public String getCreatedUsername() {
        return createdUsername;
    }

    public LazyDataModel<UserSummary> getModel() {
        return model;
    }
}
