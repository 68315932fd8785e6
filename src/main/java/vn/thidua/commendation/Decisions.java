package vn.thidua.commendation;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
import vn.thidua.organization.OrgUnit;
import vn.thidua.platform.i18n.Messages;

/**
 * Opens a decision in the caller's transaction: the next number of the issuing unit's register for the year of
 * signing (the register stays locked until the transaction ends, so lock the dossiers first), and the signer's
 * name, title and the subject as they will be printed. A decision is an official document: its texts are Vietnamese.
 */
final class Decisions {

    static final int SUBJECT_LENGTH = 500;
    static final int TITLE_LENGTH = 100;

    private final EntityManager em;

    Decisions(EntityManager em) {
        this.em = em;
    }

    /** A new decision; a blank subject or title takes the default ("tặng Bằng khen cho …", "Chủ tịch"). */
    Decision open(OrgUnit issuer, AwardType type, LocalDate signedOn, String username, String subject,
                  String signerTitle) {
        int seq = new DecisionRegisters(em).next(issuer, signedOn.getYear());
        Decision decision = new Decision(issuer, type, seq, signedOn, new Decision.Signature(username,
                displayName(username), orDefault(signerTitle, Messages.format(Messages.VIETNAMESE,
                "decision.signerTitle.default")), orDefault(subject, defaultSubject(type))));
        em.persist(decision);
        return decision;
    }

    static String defaultSubject(AwardType type) {
        return Messages.format(Messages.VIETNAMESE, "decision.subject.default", type.getNameVi());
    }

    private String displayName(String username) {
        List<?> names = em.createNativeQuery("SELECT display_name FROM app_user WHERE username = ?1")
                .setParameter(1, username).getResultList();
        return names.isEmpty() ? username : names.get(0).toString();
    }

    private static String orDefault(String text, String otherwise) {
        return text == null || text.isBlank() ? otherwise : text.strip().replaceAll("\\s+", " ");
    }
}
