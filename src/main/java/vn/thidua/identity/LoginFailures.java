package vn.thidua.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;

/**
 * The failed-login counter of an account, kept in the database so that it holds across instances:
 * {@value #MAX_FAILURES} failures within {@link #WINDOW} lock the account for {@link #LOCK_DURATION}.
 * Immutable: each event gives the next state.
 */
@Embeddable
public class LoginFailures implements Serializable {

    public static final int MAX_FAILURES = 5;
    public static final Duration WINDOW = Duration.ofMinutes(15);
    public static final Duration LOCK_DURATION = Duration.ofMinutes(15);

    @Column(name = "failed_attempts", nullable = false)
    private int count;

    @Column(name = "failure_window_start")
    private Instant windowStart;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    public LoginFailures() {
    }

    LoginFailures(int count, Instant windowStart, Instant lockedUntil) {
        this.count = count;
        this.windowStart = windowStart;
        this.lockedUntil = lockedUntil;
    }

    public static LoginFailures none() {
        return new LoginFailures();
    }

    public boolean isLockedAt(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    /** The state after one more failed attempt at {@code now}; the failure that reaches the limit locks. */
    public LoginFailures afterFailure(Instant now) {
        boolean windowOpen = windowStart != null && now.isBefore(windowStart.plus(WINDOW));
        int failures = windowOpen ? count + 1 : 1;
        Instant start = windowOpen ? windowStart : now;
        if (failures >= MAX_FAILURES) {
            return new LoginFailures(0, null, now.plus(LOCK_DURATION));
        }
        return new LoginFailures(failures, start, null);
    }

    public int getCount() {
        return count;
    }

    public Instant getLockedUntil() {
        return lockedUntil;
    }
}
