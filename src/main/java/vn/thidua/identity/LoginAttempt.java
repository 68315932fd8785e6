package vn.thidua.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The log of every login attempt, successful or not. */
@Entity
@Table(name = "login_attempt")
public class LoginAttempt {

    public enum Outcome { SUCCESS, BAD_PASSWORD, UNKNOWN_USER, LOCKED, DISABLED }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "thidua_seq")
    private Long id;

    @Column(nullable = false)
    private String username;

    @Column(name = "attempted_at", nullable = false)
    private Instant attemptedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Outcome outcome;

    @Column(name = "remote_address")
    private String remoteAddress;

    protected LoginAttempt() {
    }

    public LoginAttempt(String username, Instant attemptedAt, Outcome outcome, String remoteAddress) {
        this.username = username.length() > 60 ? username.substring(0, 60) : username;
        this.attemptedAt = attemptedAt;
        this.outcome = outcome;
        this.remoteAddress = remoteAddress;
    }

    public String getUsername() {
        return username;
    }

    public Instant getAttemptedAt() {
        return attemptedAt;
    }

    public Outcome getOutcome() {
        return outcome;
    }
}
