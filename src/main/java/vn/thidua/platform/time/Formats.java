package vn.thidua.platform.time;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import vn.thidua.platform.error.BusinessException;

/**
 * Dates as Vietnamese users read them, dd/MM/yyyy, in Vietnam's time zone whatever the server's zone is, and the
 * application's clock: every "today" that decides something (which roles are held, the structure of the day, where a
 * dossier goes next) and every instant a deadline is measured by ({@link #now()}) come from here. Record timestamps
 * (audit rows, uploads) keep the machine's time. The clock is the system's; only a test deployment moves it (to walk a
 * dossier through a structure of the past), by the package-private {@link #setToday} and {@link #resetClock}.
 */
public final class Formats {

    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    public static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    public static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
    public static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private static final Clock SYSTEM = Clock.system(ZONE);

    private static volatile Clock clock = SYSTEM;

    private Formats() {
    }

    /** Today in Vietnam, by the application's clock. */
    public static LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The application's current instant: the one that deadlines (a comment period's end, a stage's) are read by. */
    public static Instant now() {
        return clock.instant();
    }

    /**
     * Test-only: from now on {@link #today()} is {@code date} (the time of day runs on as the system's does), for
     * every request of this application. Only a servlet of the test deployment calls it.
     */
    static void setToday(LocalDate date) {
        clock = Clock.offset(SYSTEM, Duration.ofDays(date.toEpochDay() - LocalDate.now(SYSTEM).toEpochDay()));
    }

    /** Test-only: back to the system's clock. */
    static void resetClock() {
        clock = SYSTEM;
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
