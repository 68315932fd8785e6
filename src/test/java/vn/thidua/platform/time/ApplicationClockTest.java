package vn.thidua.platform.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The application's clock, as the test deployment's {@link TodayAt} moves it and puts it back. */
class ApplicationClockTest {

    @AfterEach
    void putTheClockBack() {
        Formats.resetClock();
    }

    @Test
    void todayIsTheSystemsDayInVietnam() {
        assertThat(Formats.today()).isEqualTo(LocalDate.now(Formats.ZONE));
        assertThat(Duration.between(Formats.now(), Instant.now()).abs()).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void aMovedClockGivesThatDayAndItsInstantsAndKeepsRunning() throws InterruptedException {
        Formats.setToday(LocalDate.of(2025, 3, 17));
        Instant first = Formats.now();
        Thread.sleep(5);
        assertThat(Formats.today()).isEqualTo(LocalDate.of(2025, 3, 17));
        assertThat(LocalDate.ofInstant(first, Formats.ZONE)).isEqualTo(LocalDate.of(2025, 3, 17));
        assertThat(Formats.now()).isAfter(first);
    }

    @Test
    void resettingGoesBackToTheSystemsClock() {
        Formats.setToday(LocalDate.of(2025, 3, 17));
        Formats.resetClock();
        assertThat(Formats.today()).isEqualTo(LocalDate.now(Formats.ZONE));
    }
}
