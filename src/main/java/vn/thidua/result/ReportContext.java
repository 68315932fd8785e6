package vn.thidua.result;

import java.time.LocalDate;
import java.util.List;
import vn.thidua.movement.Movement;
import vn.thidua.movement.ReportingPeriod;
import vn.thidua.organization.OrgUnit;

/**
 * A movement, unit and period located and checked: the unit's ancestors on the period's as_of (the unit first),
 * and the unit that approves its report (its parent then, or itself at the top).
 */
record ReportContext(Movement movement, OrgUnit unit, ReportingPeriod period, List<Long> ancestors) {

    LocalDate asOf() {
        return period.getAsOf();
    }

    long approverUnitId() {
        return ancestors.size() > 1 ? ancestors.get(1) : ancestors.get(0);
    }
}
