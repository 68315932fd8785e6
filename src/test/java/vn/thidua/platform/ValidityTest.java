package vn.thidua.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.thidua.platform.time.Validity;

class ValidityTest {

    @ParameterizedTest(name = "[{0}, {1}) contains {2}: {3}")
    @CsvSource(nullValues = "OPEN", value = {
            "2019-01-01, 2025-07-01, 2019-01-01, true",
            "2019-01-01, 2025-07-01, 2025-06-30, true",
            "2019-01-01, 2025-07-01, 2025-07-01, false",
            "2019-01-01, 2025-07-01, 2018-12-31, false",
            "2025-07-01, OPEN,       2099-12-31, true",
    })
    void aStretchStartsOnItsFirstDayAndEndsBeforeItsEnd(LocalDate from, LocalDate to, LocalDate date,
                                                         boolean expected) {
        assertThat(Validity.contains(from, to, date)).isEqualTo(expected);
    }

    @org.junit.jupiter.api.Test
    void theSqlFormSaysTheSame() {
        assertThat(Validity.sql("v", 3))
                .isEqualTo("v.valid_from <= ?3 AND (v.valid_to IS NULL OR v.valid_to > ?3)");
    }
}
