package vn.thidua.identity.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LoginBackingTest {

    @ParameterizedTest(name = "next={0} -> {1}")
    @CsvSource(nullValues = "NONE", value = {
            "/admin/users.xhtml,         /admin/users.xhtml",
            "/index.xhtml?x=1,           /index.xhtml?x=1",
            "NONE,                       /",
            "https://evil.example/,      /",
            "//evil.example/,            /",
            "/\\evil.example,            /",
            "/login.xhtml,               /",
    })
    void afterLoginGoesOnlyToAPageOfThisApplication(String next, String expected) {
        LoginBacking backing = new LoginBacking();
        backing.setNext(next);
        assertThat(backing.safeNext()).isEqualTo(expected);
    }
}
