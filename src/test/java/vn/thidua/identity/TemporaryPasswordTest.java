package vn.thidua.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

class TemporaryPasswordTest {

    @RepeatedTest(20)
    void aTemporaryPasswordPassesThePolicy() {
        assertThat(PasswordPolicy.violations("admin", TemporaryPassword.generate())).isEmpty();
    }

    @Test
    void temporaryPasswordsDiffer() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 100; i++) {
            seen.add(TemporaryPassword.generate());
        }
        assertThat(seen).hasSize(100);
    }
}
