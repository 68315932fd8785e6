package vn.thidua.commendation;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import vn.thidua.organization.OrgUnit;
import vn.thidua.platform.persistence.BaseEntity;
import vn.thidua.platform.persistence.InstantConverter;

/**
 * An award decision (quyết định khen thưởng) signed by a leader of the issuing unit, numbered from the unit's
 * register for the year of signing (see {@link DecisionRegisters}) with its award type's pattern, e.g.
 * "125/QĐ-MTTQ". It grants that award type to every recipient it lists (its {@link Award}s). The subject (what
 * follows "Về việc" in its title), the signer's name and title and the award type's names are kept as printed on the
 * day it was signed; so are its documents ({@link vn.thidua.commendation.document.SignedDocument}).
 */
@Entity
@Table(name = "decision")
public class Decision extends BaseEntity {

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "issuing_unit_id")
    private OrgUnit issuingUnit;

    @Column(name = "decision_year", nullable = false)
    private int year;

    @Column(nullable = false)
    private int seq;

    @Column(name = "number_text", nullable = false)
    private String number;

    @Column(name = "signed_on", nullable = false)
    private LocalDate signedOn;

    @Column(name = "signed_by", nullable = false)
    private String signedBy;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "award_type_id")
    private AwardType awardType;

    @Column(name = "award_type_name_vi", nullable = false)
    private String awardTypeNameVi;

    @Column(name = "award_type_name_en", nullable = false)
    private String awardTypeNameEn;

    @Column(nullable = false)
    private String subject;

    @Column(name = "signer_name", nullable = false)
    private String signerName;

    @Column(name = "signer_title", nullable = false)
    private String signerTitle;

    @Convert(converter = InstantConverter.class)
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(nullable = false)
    private boolean demo;

    protected Decision() {
    }

    /** Decision {@code seq} of {@code issuingUnit}'s register for the year of {@code signedOn}. */
    public Decision(OrgUnit issuingUnit, AwardType awardType, int seq, LocalDate signedOn, Signature signature) {
        this.issuingUnit = Objects.requireNonNull(issuingUnit);
        this.awardType = Objects.requireNonNull(awardType);
        this.year = signedOn.getYear();
        this.seq = seq;
        this.number = awardType.decisionNumber(seq, year);
        this.awardTypeNameVi = awardType.getNameVi();
        this.awardTypeNameEn = awardType.getNameEn();
        this.signedOn = signedOn;
        this.signedBy = signature.username();
        this.signerName = signature.name();
        this.signerTitle = signature.title();
        this.subject = signature.subject();
        this.createdAt = Instant.now();
    }

    /** Who signs, as printed under the signature, and the subject of the decision; all required. */
    public record Signature(String username, String name, String title, String subject) {

        public Signature {
            Objects.requireNonNull(username);
            Objects.requireNonNull(name);
            Objects.requireNonNull(title);
            Objects.requireNonNull(subject);
        }
    }

    public void markDemo() {
        demo = true;
    }

    public OrgUnit getIssuingUnit() {
        return issuingUnit;
    }

    public int getYear() {
        return year;
    }

    public int getSeq() {
        return seq;
    }

    public String getNumber() {
        return number;
    }

    public LocalDate getSignedOn() {
        return signedOn;
    }

    public String getSignedBy() {
        return signedBy;
    }

    public AwardType getAwardType() {
        return awardType;
    }

    public String getAwardTypeNameVi() {
        return awardTypeNameVi;
    }

    public String getAwardTypeNameEn() {
        return awardTypeNameEn;
    }

    public String getSubject() {
        return subject;
    }

    public String getSignerName() {
        return signerName;
    }

    public String getSignerTitle() {
        return signerTitle;
    }

    public boolean isDemo() {
        return demo;
    }
}
