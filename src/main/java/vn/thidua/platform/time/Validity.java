package vn.thidua.platform.time;

import java.time.LocalDate;

/**
 * The one rule for things valid for a stretch of days (units, their versions, role assignments): from
 * {@code valid_from} inclusive to {@code valid_to} exclusive, a null end meaning "still valid". In Java and in SQL.
 */
public final class Validity {

    private Validity() {
    }

    public static boolean contains(LocalDate from, LocalDate toExclusive, LocalDate date) {
        return !date.isBefore(from) && (toExclusive == null || date.isBefore(toExclusive));
    }

    /** SQL for "the row aliased {@code alias} is valid on the date bound to parameter ?{@code parameter}". */
    public static String sql(String alias, int parameter) {
        return alias + ".valid_from <= ?" + parameter + " AND (" + alias + ".valid_to IS NULL OR " + alias
                + ".valid_to > ?" + parameter + ")";
    }
}
