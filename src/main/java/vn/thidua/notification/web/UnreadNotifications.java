package vn.thidua.notification.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.thidua.notification.NotificationService;

/** The unread count in the page header: asked once per request, and only when the header is rendered. */
@Named
@RequestScoped
public class UnreadNotifications {

    @Inject
    private NotificationService notifications;

    private Long count;

    public long getCount() {
        if (count == null) {
            count = notifications.unreadCount();
        }
        return count;
    }
}
