package vn.thidua.result;

import java.time.Instant;
import java.util.List;

/**
 * A result report as the entry form and the API show it: the lines of the movement's indicators (what the unit
 * types, and the roll-up of everything reported below it for the period), its place in the workflow, what the
 * caller may do with it, and where its children stand. {@code id} is null while nothing has been saved.
 */
public record ReportView(Long id, long version, String movementCode, String movementName, String unitCode,
                         String unitName, String unitLevel, String periodCode, ReportStatus status, String notes,
                         String returnReason, Instant updatedAt, String updatedBy, List<Line> lines,
                         Permissions permissions, List<ChildStatus> children, List<AttachmentInfo> attachments) {

    /** One indicator: {@code typed} when this unit enters it; the value typed; the roll-up for the period. */
    public record Line(IndicatorInfo indicator, boolean typed, ValueInput value, IndicatorValue rollup) {
    }

    public record Permissions(boolean edit, boolean submit, boolean approve, boolean returnReport,
                              boolean unapprove) {
    }

    /** A child unit's report for the same movement and period; status null when it has not started. */
    public record ChildStatus(String unitCode, String unitName, ReportStatus status) {
    }
}
