package vn.thidua.commendation;

import java.time.LocalDate;
import java.util.List;

/**
 * A decision to sign: the issuing unit (its leader signs), the approved dossiers it decides (each with the version
 * the signer saw, or null not to check it), the day of signing (today when null), the subject (what follows "Về
 * việc"; a default when blank) and the signer's title ("Chủ tịch" when blank).
 */
public record DecisionForm(String unitCode, List<Choice> nominations, LocalDate signedOn, String subject,
                           String signerTitle) {

    public static final DecisionForm EMPTY = new DecisionForm(null, List.of(), null, null, null);

    /** A dossier of the list, and its version as the signer saw it. */
    public record Choice(Long id, Long version) {
    }
}
