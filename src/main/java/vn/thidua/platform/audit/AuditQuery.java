package vn.thidua.platform.audit;

import java.time.Instant;
import java.time.LocalDate;
import vn.thidua.platform.time.Formats;

/**
 * Filters of the audit log, all optional (null or blank means "any"). Dates are days in Vietnam; {@code to} is
 * inclusive, so the range ends at the start of the following day, Vietnam time.
 */
public record AuditQuery(String actor, String action, String entityType, String entityId, LocalDate from,
                         LocalDate to) {

    public static final AuditQuery ALL = new AuditQuery(null, null, null, null, null, null);

    /** The first instant of {@code from} in Vietnam, or null. */
    public Instant fromInstant() {
        return from == null ? null : from.atStartOfDay(Formats.ZONE).toInstant();
    }

    /** The first instant after {@code to} in Vietnam (exclusive bound), or null. */
    public Instant toExclusive() {
        return to == null ? null : to.plusDays(1).atStartOfDay(Formats.ZONE).toInstant();
    }
}
