package vn.thidua.commendation.registry;

import java.time.LocalDate;
import java.util.List;
import vn.thidua.commendation.RecipientKind;

/**
 * The commendations of a unit's family over some years: how many awards of each type (with the level that grants
 * it), year and kind of recipient, and the decisions its units issued in those years.
 */
public record AwardStatistics(List<Count> counts, List<IssuedDecision> decisions) {

    /** Awards of one type, year and kind of recipient. */
    public record Count(String awardType, String awardTypeName, String levelCode, String levelName, int year,
                        RecipientKind recipientKind, long awards) {
    }

    /** A decision issued, with how many awards it granted. */
    public record IssuedDecision(String number, LocalDate signedOn, String issuingUnitName, String awardTypeName,
                                 long awards) {
    }
}
