package vn.thidua.commendation;

/** A unit whose decisions the caller may sign (they are its leader today). */
public record SigningUnit(String code, String name) {
}
