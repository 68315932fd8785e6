package vn.thidua.platform.time;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import vn.thidua.platform.error.BusinessException;

/**
 * Dates as Vietnamese users read them, dd/MM/yyyy, in Vietnam's time zone whatever the server's zone is.
 */
public final class Formats {

    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    public static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    public static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
    public static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private Formats() {
    }

    /** Today in Vietnam. */
    public static LocalDate today() {
        return LocalDate.now(ZONE);
    }

    public static String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    public static String dateTime(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant.atZone(ZONE));
    }

    public static String time(Instant instant) {
        return instant == null ? "" : TIME.format(instant.atZone(ZONE));
    }

    /** A yyyy-MM-dd date given by an API caller; {@code whenMissing} if blank; refused clearly if malformed. */
    public static LocalDate isoDate(String text, LocalDate whenMissing) {
        if (text == null || text.isBlank()) {
            return whenMissing;
        }
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw new BusinessException("error.date.invalid", text);
        }
    }
}
