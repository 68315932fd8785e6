package vn.thidua.notification;

import java.io.Serializable;
import java.util.List;

/**
 * What to tell people: a bundle key with its arguments (as text, already in the form they are to be shown) and the
 * path of the page it is about, relative to the application (e.g. {@code dossier/nomination.xhtml?id=5}).
 */
public record Notice(String key, List<String> arguments, String link) implements Serializable {

    public Notice {
        arguments = arguments.stream().map(a -> a == null ? "" : a).toList();
    }
}
