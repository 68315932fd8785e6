package vn.thidua.identity;

import java.util.Set;

/** What a login attempt established: the user and their roles today, or nothing. */
public record Authentication(LoginAttempt.Outcome outcome, String username, Set<String> roles) {

    public boolean succeeded() {
        return outcome == LoginAttempt.Outcome.SUCCESS;
    }

    static Authentication failed(LoginAttempt.Outcome outcome, String username) {
        return new Authentication(outcome, username, Set.of());
    }
}
