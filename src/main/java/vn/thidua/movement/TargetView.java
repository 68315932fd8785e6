package vn.thidua.movement;

import java.math.BigDecimal;

/** A target of an indicator for a unit and a year. */
public record TargetView(String indicator, String unit, int year, BigDecimal amount) {
}
