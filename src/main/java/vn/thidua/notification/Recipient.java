package vn.thidua.notification;

import java.io.Serializable;

/** A user to notify: their id for the inbox, their name, and their e-mail address (null when they have none). */
public record Recipient(long userId, String username, String email) implements Serializable {
}
