package vn.thidua.organization;

import java.io.Serializable;
import java.util.List;

/** What a restructuring changes: the units that end, the units that carry on or start, and how many move. */
public record RestructuringSummary(List<String> ending, List<String> continuing, int movedUnits)
        implements Serializable {
}
