package vn.thidua.result;

import java.util.List;
import java.util.Map;

/**
 * What an Excel template for a unit's result reports holds: one line per child unit that reports in the movement
 * (with its report's state and current values), one column per indicator typed at the children's level(s).
 */
public record ReportSheet(String movementCode, String movementName, String unitCode, String unitName,
                          String periodCode, List<Column> columns, List<Line> lines) {

    public ReportSheet {
        columns = List.copyOf(columns);
        lines = List.copyOf(lines);
    }

    /** An indicator typed by the children of level {@code levelCode}. */
    public record Column(IndicatorInfo indicator, String levelCode) {
    }

    /** A child unit; {@code status} null when its report has not been started. */
    public record Line(String unitCode, String unitName, String levelCode, ReportStatus status,
                       Map<String, ValueInput> values) {

        public Line {
            values = Map.copyOf(values);
        }

        /** Whether the unit's report can still be changed. */
        public boolean editable() {
            return status == null || status.isEditable();
        }

        /** Whether this unit types the column's indicator. */
        public boolean enters(Column column) {
            return column.levelCode().equals(levelCode);
        }

        public ValueInput value(String indicatorCode) {
            return values.getOrDefault(indicatorCode, ValueInput.EMPTY);
        }
    }
}
