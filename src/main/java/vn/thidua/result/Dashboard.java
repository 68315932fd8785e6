package vn.thidua.result;

import java.util.List;

/**
 * What a dashboard shows of a unit: its roll-up, its children's, the reporting progress of the range's last period
 * (null when the unit did not exist then), whether the caller may see results not yet approved, and the way back
 * up: the unit's ancestors from the highest one the caller reads, ending with the unit. {@code version} is the
 * movement's results version the figures were read at: what a page makes of them stays right while it is the same.
 */
public record Dashboard(Rollup rollup, List<Rollup> children, ReportingProgress progress, boolean canSeeUnapproved,
                        List<Step> trail, long version) {

    /** A unit on the way down to the dashboard's unit. */
    public record Step(String code, String name) {
    }
}
