/**
 * Notifications: an in-app inbox per user (a bundle key and its arguments, rendered in the reader's language, with a
 * link) and e-mail through the SMTP server an administrator configures (off while it is not set). Other features
 * call {@link vn.thidua.notification.Notifier} inside their transaction; e-mail leaves only after that transaction
 * commits, on another thread, so a slow or failing mail server never holds up or undoes the work it reports.
 */
package vn.thidua.notification;
