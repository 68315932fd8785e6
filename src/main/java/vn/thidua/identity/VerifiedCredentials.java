package vn.thidua.identity;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Passwords recently verified with PBKDF2, so that API clients sending HTTP Basic on every request do not pay
 * ~200 ms of hashing per call. Kept per instance for {@link #TTL}, as a keyed SHA-256 (the key is random per
 * process, never stored); forgotten at once when the password changes or a login fails.
 */
@ApplicationScoped
public class VerifiedCredentials {

    static final Duration TTL = Duration.ofMinutes(2);
    private static final int MAX_ENTRIES = 10_000;

    private final byte[] key = new byte[32];
    private final Map<String, Entry> entries = new ConcurrentHashMap<>();

    private record Entry(String digest, Instant expires) {
    }

    public VerifiedCredentials() {
        new SecureRandom().nextBytes(key);
    }

    public boolean matches(String username, String password, Instant now) {
        Entry entry = entries.get(username);
        return entry != null && now.isBefore(entry.expires())
                && MessageDigest.isEqual(entry.digest().getBytes(StandardCharsets.UTF_8),
                digest(username, password).getBytes(StandardCharsets.UTF_8));
    }

    public void remember(String username, String password, Instant now) {
        if (entries.size() >= MAX_ENTRIES) {
            entries.clear();
        }
        entries.put(username, new Entry(digest(username, password), now.plus(TTL)));
    }

    public void forget(String username) {
        entries.remove(username);
    }

    private String digest(String username, String password) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(key);
            sha.update(username.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(password.getBytes(StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
