package vn.thidua.movement;

/** A new indicator of a movement; {@code sourceCode} names the yes/no indicator a coverage counts. */
public record IndicatorForm(String code, String nameVi, String nameEn, IndicatorKind kind, String unitOfMeasure,
                            String entryLevelCode, String sourceCode, int sortOrder) {
}
