package vn.thidua.commendation.document;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.util.Locale;
import java.util.Optional;
import vn.thidua.commendation.Award;
import vn.thidua.commendation.Decision;
import vn.thidua.commendation.Download;
import vn.thidua.commendation.registry.AwardLine;
import vn.thidua.commendation.registry.RegistryQueries;
import vn.thidua.platform.audit.AuditLog;
import vn.thidua.platform.text.SearchText;

/**
 * The documents of signed decisions, in the caller's transaction: generated and kept when a decision is signed, then
 * served as kept. A decision signed before documents were kept has each document generated on its first download
 * and kept from then on, by 'system'; the decision's row is locked meanwhile, so that two first downloads at once
 * keep one document.
 */
public final class SignedDocuments {

    private final EntityManager em;

    public SignedDocuments(EntityManager em) {
        this.em = em;
    }

    /** Keeps the documents of {@code decision}, just signed: itself, and each award's certificate, by its signer. */
    public void keep(Decision decision) {
        String signer = decision.getSignedBy();
        RegistryQueries registry = new RegistryQueries(em);
        em.persist(decisionDocument(decision, registry, signer));
        registry.ofDecision(decision.getId()).forEach(award -> em.persist(certificate(decision, award, signer)));
    }

    /** The decision as a PDF, e.g. quyet-dinh-125-qd-mttq-2026.pdf, as it was signed. */
    public Download decision(Decision decision) {
        return storedDecision(decision).orElseGet(() -> {
            em.lock(decision, LockModeType.PESSIMISTIC_WRITE);
            return storedDecision(decision).orElseGet(() -> {
                SignedDocument document = decisionDocument(decision, new RegistryQueries(em), AuditLog.SYSTEM);
                em.persist(document);
                return document.download();
            });
        });
    }

    /** The certificate of an award as a PDF, e.g. chung-nhan-giay-khen-4051.pdf, as it was signed. */
    public Download certificate(long awardId) {
        return storedCertificate(awardId).orElseGet(() -> {
            AwardLine award = new RegistryQueries(em).award(awardId).orElseThrow();
            Decision decision = em.find(Decision.class, award.decisionId(), LockModeType.PESSIMISTIC_WRITE);
            return storedCertificate(awardId).orElseGet(() -> {
                SignedDocument document = certificate(decision, award, AuditLog.SYSTEM);
                em.persist(document);
                return document.download();
            });
        });
    }

    private Optional<Download> storedDecision(Decision decision) {
        return em.createQuery("select s from SignedDocument s where s.decision = :decision and s.kind = :kind",
                        SignedDocument.class).setParameter("decision", decision)
                .setParameter("kind", SignedDocument.Kind.DECISION).getResultStream().findFirst()
                .map(SignedDocument::download);
    }

    private Optional<Download> storedCertificate(long awardId) {
        return em.createQuery("select s from SignedDocument s where s.award.id = :award", SignedDocument.class)
                .setParameter("award", awardId).getResultStream().findFirst().map(SignedDocument::download);
    }

    private static SignedDocument decisionDocument(Decision decision, RegistryQueries registry, String user) {
        byte[] pdf = DecisionDocument.write(Sheets.decision(decision, registry.ofDecision(decision.getId())));
        String name = "quyet-dinh-" + SearchText.normalize(decision.getNumber()).replaceAll("[^a-z0-9]+", "-") + "-"
                + decision.getYear() + ".pdf";
        return SignedDocument.decision(decision, name, pdf, user);
    }

    private SignedDocument certificate(Decision decision, AwardLine award, String user) {
        byte[] pdf = CertificateDocument.write(Sheets.certificate(decision, award));
        String name = "chung-nhan-" + award.awardType().toLowerCase(Locale.ROOT).replace('_', '-') + "-" + award.id()
                + ".pdf";
        return SignedDocument.certificate(em.getReference(Award.class, award.id()), name, pdf, user);
    }
}
