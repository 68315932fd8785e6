package vn.thidua.commendation.document;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.Objects;
import vn.thidua.commendation.Award;
import vn.thidua.commendation.Decision;
import vn.thidua.commendation.Download;
import vn.thidua.platform.persistence.StoredFile;

/**
 * A document of a signed decision as it was generated when it was signed: the decision itself, or the certificate of
 * one of its awards. A decision is a legal document: downloads serve these bytes, never a document made again from
 * today's names.
 */
@Entity
@Table(name = "signed_document")
public class SignedDocument extends StoredFile {

    static final String PDF = "application/pdf";

    /** The decision, or the certificate of one award. */
    public enum Kind {
        DECISION, CERTIFICATE
    }

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "decision_id")
    private Decision decision;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "award_id")
    private Award award;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Kind kind;

    protected SignedDocument() {
    }

    private SignedDocument(Decision decision, Award award, Kind kind, String fileName, byte[] pdf, String user) {
        super(fileName, PDF, pdf, user);
        this.decision = Objects.requireNonNull(decision);
        this.award = award;
        this.kind = kind;
    }

    static SignedDocument decision(Decision decision, String fileName, byte[] pdf, String user) {
        return new SignedDocument(decision, null, Kind.DECISION, fileName, pdf, user);
    }

    static SignedDocument certificate(Award award, String fileName, byte[] pdf, String user) {
        return new SignedDocument(award.getDecision(), Objects.requireNonNull(award), Kind.CERTIFICATE, fileName, pdf,
                user);
    }

    Download download() {
        return new Download(getFileName(), getContentType(), getContent());
    }

    public Kind getKind() {
        return kind;
    }
}
