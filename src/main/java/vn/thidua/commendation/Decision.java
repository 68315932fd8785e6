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
import vn.thidua.organization.OrgUnit;
import vn.thidua.platform.persistence.BaseEntity;
import vn.thidua.platform.persistence.InstantConverter;

/**
 * An award decision (quyết định khen thưởng) signed by a leader of the issuing unit, numbered from the unit's
 * register for the year (see {@link DecisionRegisters}), e.g. "125/QĐ-MTTQ".
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

    @Convert(converter = InstantConverter.class)
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(nullable = false)
    private boolean demo;

    protected Decision() {
    }

    public Decision(OrgUnit issuingUnit, int year, int seq, String number, LocalDate signedOn, String signedBy) {
        this.issuingUnit = issuingUnit;
        this.year = year;
        this.seq = seq;
        this.number = number;
        this.signedOn = signedOn;
        this.signedBy = signedBy;
        this.createdAt = Instant.now();
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
}
