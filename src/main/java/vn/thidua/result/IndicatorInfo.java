package vn.thidua.result;

import java.util.Locale;
import vn.thidua.movement.Indicator;
import vn.thidua.movement.IndicatorKind;

/** What the roll-up needs to know of an indicator, detached from JPA. */
public record IndicatorInfo(long id, String code, String nameVi, String nameEn, IndicatorKind kind,
                            String unitOfMeasure, long entryLevelId, long countedId) {

    public static IndicatorInfo of(Indicator indicator) {
        return new IndicatorInfo(indicator.getId(), indicator.getCode(), indicator.getNameVi(), indicator.getNameEn(),
                indicator.getKind(), indicator.getUnitOfMeasure(), indicator.getEntryLevel().getId(),
                indicator.counted().getId());
    }

    public String name(Locale locale) {
        return "en".equals(locale.getLanguage()) ? nameEn : nameVi;
    }
}
