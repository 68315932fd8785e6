package vn.thidua.review;

import java.time.Instant;

/** A line of the list of reviews. */
public record ReviewSummary(long id, String unitCode, String unitName, int from, int to, ReviewState state,
                            Instant updatedAt) {
}
