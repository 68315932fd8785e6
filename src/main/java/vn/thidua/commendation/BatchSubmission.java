package vn.thidua.commendation;

import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import vn.thidua.platform.i18n.Messages;

/**
 * The outcome of sending a batch: all its nominations took their step and the batch is sent, or none did and each
 * refusal is listed with the nominee it is about.
 */
public record BatchSubmission(BatchView batch, int items, List<Refused> refusals) implements Serializable {

    public BatchSubmission {
        refusals = List.copyOf(refusals);
    }

    public boolean ok() {
        return refusals.isEmpty();
    }

    /** Why the nomination at {@code position} (from 1) of the batch could not take its step. */
    public record Refused(int position, long nominationId, String nomineeName, String messageKey,
                          List<Object> arguments) implements Serializable {

        public Refused {
            arguments = arguments.stream().map(a -> a == null ? "" : a).toList();
        }

        public String message(Locale locale) {
            return Messages.format(locale, "batch.submit.refused", nomineeName,
                    Messages.format(locale, messageKey, arguments.toArray()));
        }
    }
}
