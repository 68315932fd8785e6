package vn.thidua.review;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.util.List;
import vn.thidua.result.Discipline;

/**
 * What a review computes from the results and the registry: its unit's name, one table set per movement, the
 * commendations and the reporting discipline of the period. Approving a review freezes them, as JSON (JSON-B), so the
 * adopted document no longer moves with later approvals, restructurings or targets; reopening it lets them be
 * computed again.
 */
public record ReviewFigures(String unitName, List<ReviewTables.MovementTable> movements, AwardTables commendations,
                            List<Discipline> discipline) {

    private static final Jsonb JSON = JsonbBuilder.create();

    public String toJson() {
        return JSON.toJson(this);
    }

    public static ReviewFigures fromJson(String json) {
        return JSON.fromJson(json, ReviewFigures.class);
    }
}
