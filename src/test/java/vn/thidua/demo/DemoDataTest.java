package vn.thidua.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DemoDataTest {

    @ParameterizedTest(name = "{0} on {1} -> {2}")
    @CsvSource({
            "auto,  jdbc:h2:file:./data/thidua,                     true",
            "auto,  jdbc:postgresql://127.0.0.1:5432/thidua,        false",
            "true,  jdbc:postgresql://127.0.0.1:5432/thidua,        true",
            "false, jdbc:h2:file:./data/thidua,                     false",
            "AUTO,  jdbc:h2:mem:x,                                  true",
    })
    void demoDataIsForTheEmbeddedDatabaseUnlessSaidOtherwise(String setting, String url, boolean expected) {
        assertThat(DemoData.isDemoMode(setting, url)).isEqualTo(expected);
    }

    @org.junit.jupiter.api.Test
    void theDemoAccountsIncludeAnAdministratorAtTheProvince() {
        assertThat(DemoData.DemoAccount.ALL)
                .anySatisfy(a -> {
                    assertThat(a.username()).isEqualTo("admin");
                    assertThat(a.role()).isEqualTo(vn.thidua.identity.Role.ADMIN);
                    assertThat(a.unitCode()).isEqualTo("22");
                });
    }
}
