package vn.thidua.result;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import vn.thidua.movement.ResultsVersion;

/**
 * Computed roll-ups kept while their movement's results do not change: an entry is used only while the movement's
 * {@link ResultsVersion} (raised in the same transaction as every change of its results) is the one it was computed
 * at, so a cached figure is never older than the last committed change, on any
 * instance. Callers check scope before asking. Bounded: past {@value #MAX_ENTRIES} entries it starts afresh.
 */
@ApplicationScoped
public class RollupCache {

    static final int MAX_ENTRIES = 2000;

    private record Entry(long version, Object value) {
    }

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();

    /**
     * What {@code compute} makes of the movement's results under {@code key}, computed again only when the
     * movement's {@code version} (its {@link ResultsVersion}, read in the caller's transaction) has moved.
     */
    @SuppressWarnings("unchecked")
    public <T> T get(long movementId, long version, String key, Supplier<T> compute) {
        String fullKey = movementId + "|" + key;
        Entry entry = entries.get(fullKey);
        if (entry != null && entry.version() == version) {
            return (T) entry.value();
        }
        T value = compute.get();
        if (entries.size() >= MAX_ENTRIES) {
            entries.clear();
        }
        entries.put(fullKey, new Entry(version, value));
        return value;
    }
}
