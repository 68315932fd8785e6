package vn.thidua.result;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
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

    private record Entry(long version, Map<Long, List<IndicatorValue>> values) {
    }

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();

    /** {@code version}: the movement's {@link ResultsVersion}, read in the caller's transaction. */
    public Map<Long, List<IndicatorValue>> get(long movementId, long version, String key,
                                               Supplier<Map<Long, List<IndicatorValue>>> compute) {
        String fullKey = movementId + "|" + key;
        Entry entry = entries.get(fullKey);
        if (entry != null && entry.version() == version) {
            return entry.values();
        }
        Map<Long, List<IndicatorValue>> values = compute.get();
        if (entries.size() >= MAX_ENTRIES) {
            entries.clear();
        }
        entries.put(fullKey, new Entry(version, values));
        return values;
    }
}
