package vn.thidua.commendation.document;

import vn.thidua.platform.document.Letterhead;

/** What a certificate prints: the letterhead of its decision, the award type, the recipient and the achievement. */
public record CertificateSheet(Letterhead head, String awardTypeName, DecisionSheet.Line recipient,
                               long registerNumber) {
}
