package vn.thidua.commendation;

import java.time.LocalDate;
import java.util.List;
import vn.thidua.commendation.registry.AwardLine;

/** A decision with the awards it grants, in the order they were entered. */
public record DecisionView(long id, String number, String issuingUnitCode, String issuingUnitName, int year,
                           LocalDate signedOn, String signedBy, String signerName, String signerTitle, String subject,
                           String awardType, String awardTypeName, List<AwardLine> awards) {
}
