package vn.thidua.movement;

/** An indicator as pages and the API show it. */
public record IndicatorView(String code, String nameVi, String nameEn, IndicatorKind kind, String unitOfMeasure,
                            String entryLevel, String source, int sortOrder) {

    static IndicatorView of(Indicator i) {
        return new IndicatorView(i.getCode(), i.getNameVi(), i.getNameEn(), i.getKind(), i.getUnitOfMeasure(),
                i.getEntryLevel().getCode(), i.getSource() == null ? null : i.getSource().getCode(), i.getSortOrder());
    }

    public String name(java.util.Locale locale) {
        return "en".equals(locale.getLanguage()) ? nameEn : nameVi;
    }
}
