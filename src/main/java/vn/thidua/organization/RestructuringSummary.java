package vn.thidua.organization;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/** What a restructuring changes: the units that end, the units that carry on or start, and how many move. */
public record RestructuringSummary(List<String> ending, List<String> continuing, int movedUnits)
        implements Serializable {

    static RestructuringSummary of(List<OrgUnit> ending, List<OrgUnit> continuing, int moved, LocalDate date) {
        return new RestructuringSummary(ending.stream().map(u -> label(u, date.minusDays(1))).toList(),
                continuing.stream().map(u -> label(u, date)).toList(), moved);
    }

    static String label(OrgUnit unit, LocalDate date) {
        return unit.nameOn(date) + " (" + unit.getCode() + ")";
    }
}
