package vn.thidua.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LoginFailuresTest {

    private static final Instant T0 = Instant.parse("2026-11-25T02:00:00Z");

    private static LoginFailures failures(int count, Duration spacing) {
        LoginFailures state = LoginFailures.none();
        for (int i = 0; i < count; i++) {
            state = state.afterFailure(T0.plus(spacing.multipliedBy(i)));
        }
        return state;
    }

    @Test
    void fourFailuresDoNotLock() {
        LoginFailures state = failures(4, Duration.ofMinutes(1));
        assertThat(state.isLockedAt(T0.plusSeconds(240))).isFalse();
        assertThat(state.getCount()).isEqualTo(4);
    }

    @Test
    void theFifthFailureWithinFifteenMinutesLocksForFifteenMinutes() {
        LoginFailures state = failures(5, Duration.ofMinutes(3));
        Instant fifth = T0.plus(Duration.ofMinutes(12));
        assertThat(state.isLockedAt(fifth)).isTrue();
        assertThat(state.getLockedUntil()).isEqualTo(fifth.plus(Duration.ofMinutes(15)));
        assertThat(state.isLockedAt(fifth.plus(Duration.ofMinutes(15)).minusSeconds(1))).isTrue();
        assertThat(state.isLockedAt(fifth.plus(Duration.ofMinutes(15)))).isFalse();
    }

    @Test
    void failuresSpreadOverMoreThanTheWindowDoNotLock() {
        LoginFailures state = failures(5, Duration.ofMinutes(4));
        assertThat(state.isLockedAt(T0.plus(Duration.ofMinutes(16)))).isFalse();
        assertThat(state.getCount()).isEqualTo(1);
    }

    @Test
    void aFailureAfterTheLockEndsStartsCountingAgain() {
        LoginFailures locked = failures(5, Duration.ofSeconds(10));
        LoginFailures after = locked.afterFailure(locked.getLockedUntil().plusSeconds(1));
        assertThat(after.isLockedAt(locked.getLockedUntil().plusSeconds(2))).isFalse();
        assertThat(after.getCount()).isEqualTo(1);
    }

    @Test
    void aSuccessfulLoginClearsTheCounter() {
        UserAccount user = new UserAccount("xem", "Bùi Thị Thu", "hash");
        for (int i = 0; i < 4; i++) {
            user.loginFailed(T0.plusSeconds(i));
        }
        user.loginSucceeded();
        user.loginFailed(T0.plusSeconds(10));
        assertThat(user.isLockedAt(T0.plusSeconds(11))).isFalse();
    }
}
