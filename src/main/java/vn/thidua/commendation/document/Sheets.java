package vn.thidua.commendation.document;

import java.util.List;
import vn.thidua.commendation.Decision;
import vn.thidua.commendation.RecipientKind;
import vn.thidua.commendation.registry.AwardLine;
import vn.thidua.platform.document.Letterhead;

/** Builds the sheets of a decision and of an award's certificate from the registry (names as granted). */
public final class Sheets {

    private Sheets() {
    }

    public static DecisionSheet decision(Decision decision, List<AwardLine> awards) {
        return new DecisionSheet(head(decision), decision.getSubject(), decision.getAwardTypeNameVi(),
                awards.stream().map(Sheets::line).toList());
    }

    public static CertificateSheet certificate(Decision decision, AwardLine award) {
        return new CertificateSheet(head(decision), award.awardTypeNameVi(), line(award), award.id());
    }

    private static Letterhead head(Decision decision) {
        return Letterhead.of(decision.getIssuingUnit(), decision.getSignedOn(), decision.getNumber(),
                decision.getSignerTitle(), decision.getSignerName());
    }

    static DecisionSheet.Line line(AwardLine award) {
        return new DecisionSheet.Line(award.recipientName(), position(award), achievement(award));
    }

    /** "Trưởng ban công tác Mặt trận, Phường Hà Tu" for a person; the unit for a collective or household. */
    static String position(AwardLine award) {
        boolean titled = award.recipientKind() == RecipientKind.INDIVIDUAL && award.jobTitle() != null
                && !award.jobTitle().isBlank();
        return titled ? award.jobTitle() + ", " + award.unitName() : award.unitName();
    }

    /** "Đã có thành tích xuất sắc trong thực hiện <movement>, giai đoạn 2019–2024." (or in the Front's work). */
    static String achievement(AwardLine award) {
        String period = award.periodFrom() == award.periodTo()
                ? Letterhead.text("document.period.year", String.valueOf(award.periodTo()))
                : Letterhead.text("document.period.years", String.valueOf(award.periodFrom()),
                String.valueOf(award.periodTo()));
        return award.movementName() == null ? Letterhead.text("document.achievement.general", period)
                : Letterhead.text("document.achievement.movement", award.movementName(), period);
    }
}
