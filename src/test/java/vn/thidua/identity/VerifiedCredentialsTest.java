package vn.thidua.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class VerifiedCredentialsTest {

    private static final Instant NOW = Instant.parse("2026-11-26T01:00:00Z");
    private final VerifiedCredentials recent = new VerifiedCredentials();

    @Test
    void aRecentlyVerifiedPasswordMatchesUntilItExpires() {
        recent.remember("xa1.canbo", "Hoa-ban-2026", NOW);
        assertThat(recent.matches("xa1.canbo", "Hoa-ban-2026", NOW.plusSeconds(60))).isTrue();
        assertThat(recent.matches("xa1.canbo", "Hoa-ban-2026", NOW.plus(VerifiedCredentials.TTL))).isFalse();
    }

    @Test
    void anotherPasswordOrAnotherUserNeverMatches() {
        recent.remember("xa1.canbo", "Hoa-ban-2026", NOW);
        assertThat(recent.matches("xa1.canbo", "hoa-ban-2026", NOW)).isFalse();
        assertThat(recent.matches("xa2.canbo", "Hoa-ban-2026", NOW)).isFalse();
    }

    @Test
    void aForgottenPasswordMustBeVerifiedAgain() {
        recent.remember("xa1.canbo", "Hoa-ban-2026", NOW);
        recent.forget("xa1.canbo");
        assertThat(recent.matches("xa1.canbo", "Hoa-ban-2026", NOW)).isFalse();
    }
}
