package vn.thidua.commendation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import vn.thidua.organization.OrgUnit;
import vn.thidua.platform.persistence.BaseEntity;

/** The decision register of one issuing unit for one year: the last number given. Locked while a number is taken. */
@Entity
@Table(name = "decision_register")
public class DecisionRegister extends BaseEntity {

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "issuing_unit_id")
    private OrgUnit issuingUnit;

    @Column(name = "register_year", nullable = false)
    private int year;

    @Column(name = "last_seq", nullable = false)
    private int lastSeq;

    protected DecisionRegister() {
    }

    DecisionRegister(OrgUnit issuingUnit, int year) {
        this.issuingUnit = issuingUnit;
        this.year = year;
    }

    /** The next number; the caller holds the row's lock until its transaction ends. */
    int take() {
        return ++lastSeq;
    }

    public int getLastSeq() {
        return lastSeq;
    }
}
