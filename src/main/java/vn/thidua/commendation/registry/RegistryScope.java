package vn.thidua.commendation.registry;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import vn.thidua.platform.scope.Action;
import vn.thidua.platform.scope.Scope;
import vn.thidua.platform.scope.ScopeFilter;
import vn.thidua.platform.time.Formats;

/**
 * Who sees which awards and decisions: the registry is semi-public inside the Front. A caller sees what was proposed
 * (an award) or issued (a decision) by a unit in the family of a unit where they hold a role today (see
 * {@link UnitFamilies}: below it then or now, or inherited by it), or by a unit above theirs today. A commune's officer
 * thus sees their commune's awards (and those of the communes it merged), the province's, but not another commune's;
 * a role at the province sees everything. The ids are numbers read from the database, never user input.
 */
public record RegistryScope(boolean everything, String rootIds, String aboveIds) {

    static final String FAMILY = "scope_family";

    /** The caller's scope today. */
    public static RegistryScope of(Scope scope) {
        LocalDate today = Formats.today();
        return of(scope.filter(Action.READ, today), scope.above(Action.READ, today));
    }

    public static RegistryScope of(ScopeFilter filter, Set<Long> above) {
        return new RegistryScope(filter.everything(), filter.rootIds(),
                above.isEmpty() ? "-1" : above.stream().sorted().map(String::valueOf).collect(Collectors.joining(",")));
    }

    /** The scope of a role at the top of the tree. */
    public static RegistryScope ofEverything() {
        return new RegistryScope(true, "-1", "-1");
    }

    /** The common table expressions {@link #where} needs (none when the caller sees everything). */
    List<String> ctes() {
        return everything ? List.of() : List.of(UnitFamilies.cte(FAMILY, rootIds));
    }

    /** SQL: the unit in {@code column} is visible. */
    String where(String column) {
        return everything ? "1 = 1" : "(" + column + " IN (SELECT unit_id FROM " + FAMILY + ") OR " + column
                + " IN (" + aboveIds + "))";
    }
}
