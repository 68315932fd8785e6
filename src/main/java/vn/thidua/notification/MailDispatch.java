package vn.thidua.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

/**
 * Sends the e-mail of a notice once its transaction has committed (none if it rolled back), on another thread:
 * the transition it reports is already done and never waits for, or fails with, the mail server.
 */
@ApplicationScoped
public class MailDispatch {

    @Inject
    private MailSender sender;

    void onCommitted(@Observes(during = TransactionPhase.AFTER_SUCCESS) OutgoingMail mail) {
        sender.send(mail);
    }
}
