package vn.thidua.commendation.registry;

import java.time.LocalDate;
import java.util.Locale;

/** A decision as lists show it: its number, issuing unit (named as on the day it was signed), date and award type. */
public record DecisionSummary(long id, String number, String issuingUnitCode, String issuingUnitName, int year,
                              LocalDate signedOn, String awardType, String awardTypeNameVi, String awardTypeNameEn,
                              String subject, long awards) {

    public String awardTypeName(Locale locale) {
        return "en".equals(locale.getLanguage()) ? awardTypeNameEn : awardTypeNameVi;
    }
}
