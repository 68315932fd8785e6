package vn.thidua.review;

import java.math.BigDecimal;

/**
 * A next-term target as proposed: the sentence, and optionally the movement and indicator that measure it with the
 * value to reach each year (a percentage for a share of units).
 */
public record TargetForm(String description, String movement, String indicator, BigDecimal amount) {
}
