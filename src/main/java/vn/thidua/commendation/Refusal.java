package vn.thidua.commendation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import vn.thidua.platform.error.BusinessException;

/**
 * Why something is refused: a bundle key with its arguments. {@code forbidden}: the caller's role or unit does not
 * allow it (HTTP 403), as opposed to the dossier's state or content (400).
 */
public record Refusal(String key, List<Object> arguments, boolean forbidden) {

    public Refusal {
        arguments = Collections.unmodifiableList(new ArrayList<>(arguments));
    }

    public static Refusal of(String key, Object... arguments) {
        return new Refusal(key, Arrays.asList(arguments.clone()), false);
    }

    public static Refusal forbidden(String key, Object... arguments) {
        return new Refusal(key, Arrays.asList(arguments.clone()), true);
    }

    public BusinessException toException() {
        return forbidden ? new NotPermittedException(key, arguments.toArray())
                : new BusinessException(key, arguments.toArray());
    }
}
