package vn.thidua.result.web;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Dashboard views (cards, rows, charts as the page writes them) kept for the next reader of the same figures: the key
 * holds the movement's results version, the unit, the years, the language and what the caller was shown, so a view
 * is only ever reused for exactly what it was made from. The least recently used go first past {@value #CAPACITY}.
 */
@ApplicationScoped
public class DashboardViews {

    static final int CAPACITY = 200;

    private final Map<String, DashboardView> views = new LinkedHashMap<>(CAPACITY, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, DashboardView> eldest) {
            return size() > CAPACITY;
        }
    };

    DashboardView get(String key, Supplier<DashboardView> make) {
        synchronized (views) {
            DashboardView view = views.get(key);
            if (view != null) {
                return view;
            }
        }
        DashboardView made = make.get();
        synchronized (views) {
            views.putIfAbsent(key, made);
            return views.get(key);
        }
    }
}
