package vn.thidua.organization;

import java.time.LocalDate;

/**
 * Fired (synchronously, inside the transaction) when the hierarchy changed from {@code from} on, so that what is
 * derived from the tree of a date (roll-up totals, unit counts) can be recomputed.
 */
public record StructureChanged(LocalDate from) {

    /** "From the beginning": everything derived from the tree is recomputed. */
    public static final LocalDate EVER = LocalDate.of(1900, 1, 1);
}
