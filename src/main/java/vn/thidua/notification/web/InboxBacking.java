package vn.thidua.notification.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import vn.thidua.notification.InboxPage;
import vn.thidua.notification.NotificationService;
import vn.thidua.notification.NotificationView;
import vn.thidua.platform.time.Formats;
import vn.thidua.platform.web.PageMessages;

/** The inbox page: the caller's notifications, paged in SQL; opening one marks it read and goes to its page. */
@Named
@ViewScoped
public class InboxBacking implements Serializable {

    @Inject
    private NotificationService notifications;

    private LazyDataModel<NotificationView> model;

    @PostConstruct
    void init() {
        model = new LazyDataModel<>() {
            @Override
            public int count(Map<String, FilterMeta> filterBy) {
                return (int) notifications.inbox(PageMessages.locale(), 0, 1).total();
            }

            @Override
            public List<NotificationView> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                               Map<String, FilterMeta> filterBy) {
                InboxPage page = notifications.inbox(PageMessages.locale(), first / pageSize, pageSize);
                return page.items();
            }

            @Override
            public String getRowKey(NotificationView notification) {
                return String.valueOf(notification.id());
            }
        };
    }

    public void open(NotificationView notification) throws IOException {
        String link = notifications.open(notification.id());
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.redirect(external.getRequestContextPath() + "/"
                + (link == null ? "inbox.xhtml" : link.replaceFirst("^/+", "")));
    }

    public void markAllRead() {
        int marked = notifications.markAllRead();
        PageMessages.info("inbox.allRead", marked);
    }

    public String when(NotificationView notification) {
        return Formats.dateTime(notification.createdAt());
    }

    public LazyDataModel<NotificationView> getModel() {
        return model;
    }
}
