package vn.thidua.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;
import vn.thidua.platform.time.Formats;

class FormatsTest {

    @Test
    void datesAreDayMonthYear() {
        assertThat(Formats.date(LocalDate.of(2025, 7, 1))).isEqualTo("01/07/2025");
        assertThat(Formats.date(null)).isEmpty();
    }

    @Test
    void timesAreInVietnamWhateverTheServerZone() {
        TimeZone before = TimeZone.getDefault();
        try {
            TimeZone.setDefault(TimeZone.getTimeZone("America/New_York"));
            Instant lateEveningUtc = Instant.parse("2024-12-31T18:30:00Z");
            assertThat(Formats.dateTime(lateEveningUtc)).isEqualTo("01/01/2025 01:30");
            assertThat(Formats.time(lateEveningUtc)).isEqualTo("01:30");
        } finally {
            TimeZone.setDefault(before);
        }
    }
}
