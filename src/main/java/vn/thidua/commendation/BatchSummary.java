package vn.thidua.commendation;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

/** A line of the batch list. */
public record BatchSummary(long id, String fromUnitCode, String fromUnitName, String toUnitCode, String letterNumber,
                           LocalDate letterDate, long items, String createdBy, Instant sentAt) implements Serializable {
}
