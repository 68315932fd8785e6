package vn.thidua.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.thidua.platform.text.VietnameseNumbers;

class VietnameseNumbersTest {

    @ParameterizedTest
    @CsvSource({"1234567, 1234567", "1.234.567, 1234567", "'1 234 567', 1234567", "0, 0", "12, 12",
            "'  354.325 ', 354325", "-5, -5", "'1.000,00', 1000"})
    void wholeNumbersAreReadWithOrWithoutThousandDots(String typed, long expected) {
        assertThat(VietnameseNumbers.parseWhole(typed)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.5", "1,5", "12.34.567", "abc", "1.2345", "1,234,567", "99999999999999999999"})
    void whatIsNotAWholeNumberIsRefusedRatherThanGuessed(String typed) {
        assertThatThrownBy(() -> VietnameseNumbers.parseWhole(typed)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  "})
    void blankIsNoValue(String typed) {
        assertThat(VietnameseNumbers.parseWhole(typed)).isNull();
        assertThat(VietnameseNumbers.parseDecimal(typed)).isNull();
    }

    @ParameterizedTest
    @CsvSource({"'99,5', 99.5", "100, 100", "'1.234,56', 1234.56"})
    void decimalsUseTheComma(String typed, BigDecimal expected) {
        assertThat(VietnameseNumbers.parseDecimal(typed)).isEqualByComparingTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"1234567, 1.234.567", "354325, 354.325", "0, 0", "-1234, -1.234"})
    void wholeNumbersAreWrittenWithThousandDots(long number, String shown) {
        assertThat(VietnameseNumbers.whole(number)).isEqualTo(shown);
    }

    @ParameterizedTest
    @CsvSource({"220.34, 2, '220,34'", "75.50, 2, '75,5'", "100.00, 1, 100", "1234567.891, 2, '1.234.567,89'"})
    void decimalsAreWrittenWithACommaAndNoTrailingZeros(BigDecimal number, int digits, String shown) {
        assertThat(VietnameseNumbers.decimal(number, digits)).isEqualTo(shown);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1234567", "1.234.567", "1 234 567"})
    void whatWasTypedComesBackInOneForm(String typed) {
        assertThat(VietnameseNumbers.whole(VietnameseNumbers.parseWhole(typed))).isEqualTo("1.234.567");
    }

    @org.junit.jupiter.api.Test
    void nothingIsShownForNoValue() {
        assertThat(VietnameseNumbers.whole(null)).isEmpty();
        assertThat(VietnameseNumbers.decimal(null, 2)).isEmpty();
    }
}
