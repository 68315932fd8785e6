package vn.thidua.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PasswordPolicyTest {

    @ParameterizedTest(name = "{1} -> {2}")
    @CsvSource(nullValues = "NONE", value = {
            "tinh.canbo, Hoa-sen-2026,        NONE",
            "tinh.canbo, ngan-hoa-99x,        NONE",
            "tinh.canbo, short1,              password.tooShort",
            "tinh.canbo, onlyletterslong,     password.lettersAndDigits",
            "tinh.canbo, 12345678901,         password.lettersAndDigits",
            "tinh.canbo, x-TINH.CANBO-2026,   password.containsUsername",
            "tinh.canbo, thidua-demo-2024,    password.demo",
    })
    void checksANewPassword(String username, String password, String expected) {
        if (expected == null) {
            assertThat(PasswordPolicy.violations(username, password)).isEmpty();
        } else {
            assertThat(PasswordPolicy.violations(username, password)).containsExactly(expected);
        }
    }

    @ParameterizedTest
    @CsvSource({"a1", "abc12", "abcdefgh9"})
    void tooShortPasswordsAreRefused(String password) {
        assertThat(PasswordPolicy.violations("xem", password)).contains("password.tooShort");
    }

    @org.junit.jupiter.api.Test
    void aMissingPasswordIsTooShort() {
        assertThat(PasswordPolicy.violations("xem", null)).containsExactly("password.tooShort");
    }

    @org.junit.jupiter.api.Test
    void anOverlongPasswordIsRefused() {
        assertThat(PasswordPolicy.violations("xem", "a1".repeat(65))).containsExactly("password.tooLong");
    }
}
