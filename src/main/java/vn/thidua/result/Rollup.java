package vn.thidua.result;

import java.util.List;

/** A unit's roll-up of a movement over a range of years. */
public record Rollup(String movementCode, String unitCode, String unitName, int from, int to, boolean approvedOnly,
                     List<IndicatorValue> values) {
}
