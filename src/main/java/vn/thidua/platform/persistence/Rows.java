package vn.thidua.platform.persistence;

import java.time.LocalDate;

/** Reads columns of native query results the same way on H2 and PostgreSQL. */
public final class Rows {

    private Rows() {
    }

    public static LocalDate date(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof LocalDate date) {
            return date;
        }
        return ((java.sql.Date) value).toLocalDate();
    }

    public static long number(Object value) {
        return ((Number) value).longValue();
    }

    public static String text(Object value) {
        return value == null ? null : value.toString();
    }

    public static boolean bool(Object value) {
        return value instanceof Boolean b ? b : ((Number) value).intValue() != 0;
    }

    /** A TIMESTAMP WITH TIME ZONE column: H2 answers an OffsetDateTime, PostgreSQL a Timestamp. */
    public static java.time.Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof java.time.OffsetDateTime time) {
            return time.toInstant();
        }
        return ((java.sql.Timestamp) value).toInstant();
    }
}
