package vn.thidua.commendation.registry;

import java.time.LocalDate;
import java.util.Locale;
import vn.thidua.commendation.RecipientKind;

/**
 * One award of the registry as lists show it: the recipient, the award type, the achievement's year and period (and
 * movement, if any), the decision, and the unit that proposed it with its name on the day of the decision.
 */
public record AwardLine(long id, long nomineeId, String recipientName, RecipientKind recipientKind, String jobTitle,
                        String awardType, String awardTypeNameVi, String awardTypeNameEn, int year, int periodFrom,
                        int periodTo, long decisionId, String decisionNumber, LocalDate signedOn, String unitCode,
                        String unitName, String movement, String movementName) {

    public String awardTypeName(Locale locale) {
        return "en".equals(locale.getLanguage()) ? awardTypeNameEn : awardTypeNameVi;
    }

    /** "2024", or "2019–2024" for an achievement over several years. */
    public String period() {
        return period(periodFrom, periodTo);
    }

    public static String period(int from, int to) {
        return from == to ? String.valueOf(to) : from + "–" + to;
    }
}
