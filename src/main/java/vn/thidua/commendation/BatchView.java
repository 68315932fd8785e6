package vn.thidua.commendation;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A submission batch as its readers see it: the cover letter, the units it goes from and to, its nominations with
 * the step sending takes for each (none when a nomination can no longer be sent with it), and whether the caller
 * may change and send it.
 */
public record BatchView(long id, long version, String fromUnitCode, String fromUnitName, String toUnitCode,
                        String toUnitName, String letterNumber, LocalDate letterDate, String coverLetter,
                        String createdBy, Instant createdAt, Instant sentAt, List<Item> items, boolean mayChange)
        implements Serializable {

    public boolean sent() {
        return sentAt != null;
    }

    /** A nomination of the batch; {@code step}: SUBMIT, FORWARD, or null. */
    public record Item(long id, long version, String nomineeName, String awardType, String awardTypeName,
                       NominationState state, NominationAction step) implements Serializable {
    }
}
