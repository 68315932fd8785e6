package vn.thidua.identity;

import java.security.SecureRandom;

/**
 * A password an administrator hands over (first start, reset): random, readable aloud (no 0/O, 1/l/I), with
 * letters and digits, so it passes the policy; the user must change it at first login.
 */
public final class TemporaryPassword {

    private static final String LETTERS = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ";
    private static final String DIGITS = "23456789";
    private static final int LENGTH = 14;
    private static final SecureRandom RANDOM = new SecureRandom();

    private TemporaryPassword() {
    }

    public static String generate() {
        String all = LETTERS + DIGITS;
        StringBuilder password = new StringBuilder(LENGTH);
        password.append(LETTERS.charAt(RANDOM.nextInt(LETTERS.length())));
        password.append(DIGITS.charAt(RANDOM.nextInt(DIGITS.length())));
        while (password.length() < LENGTH) {
            password.append(all.charAt(RANDOM.nextInt(all.length())));
        }
        return password.toString();
    }
}
