package vn.thidua.notification;

import java.util.List;

/** A page of the caller's inbox, newest first, with the number of all their notifications and of the unread. */
public record InboxPage(long total, long unread, List<NotificationView> items) {
}
