package vn.thidua.platform.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.Map;
import org.omnifaces.util.cache.CacheFactory;

/**
 * What the {@code thidua:kept} tag finds in OmniFaces' cache: the markup {@code o:cache} keeps under a key, read once
 * per request, so that the view writes exactly what it found while it was built (the cache may drop it meanwhile).
 */
@Named
@RequestScoped
public class KeptMarkup {

    private final Map<String, String> found = new HashMap<>();

    /** The markup kept under {@code key} in {@code scope} ("session" or "application"), or null. */
    public String get(String key, String scope) {
        String known = found.get(scope + "|" + key);
        if (known == null) {
            known = CacheFactory.getCache(FacesContext.getCurrentInstance(), scope).get(key);
            if (known != null) {
                found.put(scope + "|" + key, known);
            }
        }
        return known;
    }
}
