package vn.thidua.platform.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class AmountsTest {

    private static final Locale VI = Messages.VIETNAMESE;
    private static final Locale EN = Messages.ENGLISH;

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "354325       | 354.325       | 354,325",
            "0            | 0             | 0",
            "1452         | 1.452         | 1,452",
            "98.5         | 98,5          | 98.5",
            "100.00       | 100           | 100",
            "2.345        | 2,35          | 2.35",
            "-1234        | -1.234        | -1,234"})
    void numbersGroupThousandsTheWayEachLanguageDoes(String value, String vietnamese, String english) {
        assertThat(Amounts.number(new BigDecimal(value), VI)).isEqualTo(vietnamese);
        assertThat(Amounts.number(new BigDecimal(value), EN)).isEqualTo(english);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "220340000000 | 220,34 tỷ đồng   | 220.34 billion VND",
            "157800000000 | 157,8 tỷ đồng    | 157.8 billion VND",
            "106900000000 | 106,9 tỷ đồng    | 106.9 billion VND",
            "1000000000   | 1 tỷ đồng        | 1 billion VND",
            "1234567890   | 1,23 tỷ đồng     | 1.23 billion VND",
            "999999999    | 1.000 triệu đồng | 1,000 million VND",
            "25500000     | 25,5 triệu đồng  | 25.5 million VND",
            "354325       | 354.325 đồng     | 354,325 VND",
            "0            | 0 đồng           | 0 VND"})
    void moneyIsShownInTheLargestUnitThatFits(long vnd, String vietnamese, String english) {
        assertThat(Amounts.money(vnd, VI)).isEqualTo(vietnamese);
        assertThat(Amounts.money(vnd, EN)).isEqualTo(english);
    }

    @Test
    void sharesArePercentagesWithTheirNumeratorAndDenominator() {
        assertThat(Amounts.percent(new BigDecimal("100.00"), VI)).isEqualTo("100%");
        assertThat(Amounts.percent(new BigDecimal("98.53"), VI)).isEqualTo("98,53%");
        assertThat(Amounts.percent(new BigDecimal("98.53"), EN)).isEqualTo("98.53%");
        assertThat(Amounts.ratio(1452, 1452, VI)).isEqualTo("1.452/1.452");
        assertThat(Amounts.ratio(1452, 1452, EN)).isEqualTo("1,452/1,452");
    }

    @Test
    void nothingIsShownForNoValue() {
        assertThat(Amounts.number(null, VI)).isEmpty();
        assertThat(Amounts.money(null, VI)).isEmpty();
        assertThat(Amounts.percent(null, EN)).isEmpty();
    }

    @Test
    void anyOtherLanguageGetsVietnamese() {
        assertThat(Amounts.money(220_340_000_000L, Locale.FRENCH)).isEqualTo("220,34 tỷ đồng");
    }
}
