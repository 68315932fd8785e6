package vn.thidua.result;

import java.util.List;

/**
 * What a dashboard shows of a unit: its roll-up, its children's, the reporting progress of the range's last period
 * (null when the unit did not exist then) and whether the caller may see results not yet approved.
 */
public record Dashboard(Rollup rollup, List<Rollup> children, ReportingProgress progress, boolean canSeeUnapproved) {
}
