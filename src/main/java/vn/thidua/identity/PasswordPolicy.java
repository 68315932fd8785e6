package vn.thidua.identity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What a new password must be: at least {@value #MIN_LENGTH} characters with letters and digits, not the user
 * name, not the shared demo password, and different from the current one. Returns bundle keys of what is wrong.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 10;
    public static final int MAX_LENGTH = 128;
    /** The password the demo accounts share, published on the login page: never acceptable as a chosen one. */
    public static final String DEMO_PASSWORD = "thidua-demo-2024";

    private PasswordPolicy() {
    }

    public static List<String> violations(String username, String password) {
        List<String> problems = new ArrayList<>();
        if (password == null || password.length() < MIN_LENGTH) {
            problems.add("password.tooShort");
            if (password == null) {
                return problems;
            }
        }
        if (password.length() > MAX_LENGTH) {
            problems.add("password.tooLong");
        }
        if (password.chars().noneMatch(Character::isLetter) || password.chars().noneMatch(Character::isDigit)) {
            problems.add("password.lettersAndDigits");
        }
        if (username != null && password.toLowerCase(Locale.ROOT).contains(username.toLowerCase(Locale.ROOT))) {
            problems.add("password.containsUsername");
        }
        if (DEMO_PASSWORD.equals(password)) {
            problems.add("password.demo");
        }
        return problems;
    }
}
