package vn.thidua.commendation.deadline;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import vn.thidua.platform.time.Formats;

/**
 * Every five minutes, on every instance, a {@link DeadlineRound}. Non-persistent: a persistent timer runs once per
 * cluster but stops for good when its instance dies (Payara 6); the database lease makes one instance do the work.
 */
@Singleton
public class DeadlineTimer {

    private static final Logger LOG = Logger.getLogger(DeadlineTimer.class.getName());

    private final String owner = host() + "/" + UUID.randomUUID();

    @Inject
    private NewTransactions transactions;

    @Schedule(minute = "*/5", hour = "*", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void run() {
        try {
            DeadlineRound.Outcome outcome = new DeadlineRound(owner).run(Formats.now(), transactions);
            if (!outcome.commentsClosed().isEmpty() || outcome.reminders() > 0 || !outcome.handedOver().isEmpty()) {
                LOG.info(() -> "Stage deadlines: handed over from closed units " + outcome.handedOver()
                        + ", public comment closed on " + outcome.commentsClosed()
                        + ", " + outcome.reminders() + " overdue dossiers reminded");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Stage deadlines: the round failed; the next one tries again", e);
        }
    }

    private static String host() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "unknown-host";
        }
    }
}
