package vn.thidua.result.web;

import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.util.List;
import vn.thidua.movement.MovementService;

/**
 * The movements a user's dashboard offers, kept for the session while {@link MovementService#stamp()} stays the
 * same (a movement created, changed or removed, or a new day, reads them again). Only names and years: every figure
 * is asked of the services, which check the caller's scope each time.
 */
@SessionScoped
public class MovementChoices implements Serializable {

    private record Kept(String stamp, List<MovementChoice> choices) implements Serializable {
    }

    @Inject
    private MovementService movements;

    private volatile Kept kept;

    List<MovementChoice> get() {
        String stamp = movements.stamp();
        Kept now = kept;
        if (now == null || !now.stamp().equals(stamp)) {
            now = new Kept(stamp, movements.list().stream().map(MovementChoice::of).toList());
            kept = now;
        }
        return now.choices();
    }

    /** The stamp the choices {@link #get()} answered were read at (with their codes, what names them all). */
    String stamp() {
        Kept now = kept;
        return now == null ? "" : now.stamp();
    }
}
