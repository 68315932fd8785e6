package vn.thidua.movement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.thidua.platform.error.BusinessException;

class PeriodCodeTest {

    @ParameterizedTest
    @CsvSource({"2024, YEAR, 2024, 1", "2025-H1, HALF, 2025, 1", "' 2026-q3 ', QUARTER, 2026, 3"})
    void aCodeNamesKindYearAndNumber(String code, PeriodKind kind, int year, int seq) {
        assertThat(ReportingPeriods.parse(code)).isEqualTo(new ReportingPeriods.Code(kind, year, seq));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "24", "2025-H3", "2025-Q5", "2025-M1", "năm 2025"})
    void anythingElseIsAnUnknownPeriod(String code) {
        assertThatThrownBy(() -> ReportingPeriods.parse(code)).isInstanceOf(BusinessException.class)
                .hasMessage("period.unknown");
    }
}
