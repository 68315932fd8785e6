package vn.thidua.commendation;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Instants in native SQL on TIMESTAMP WITH TIME ZONE columns, the same on H2 and PostgreSQL: bound as UTC offset
 * date-times (as {@link vn.thidua.platform.persistence.InstantConverter} stores them), read back from whatever type
 * the driver answers.
 */
public final class SqlInstants {

    private SqlInstants() {
    }

    public static OffsetDateTime of(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    public static Instant read(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof OffsetDateTime offset) {
            return offset.toInstant();
        }
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        return (Instant) value;
    }
}
