package vn.thidua.commendation.council;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Objects;
import vn.thidua.organization.OrgUnit;
import vn.thidua.platform.error.BusinessException;
import vn.thidua.platform.persistence.BaseEntity;
import vn.thidua.platform.time.Validity;

/**
 * A seat on the council of a unit for a term, from {@code validFrom} to {@code validTo} (exclusive; open-ended when
 * null). A member may also be the council's secretary, who records absent members' written votes.
 */
@Entity
@Table(name = "council_member")
public class CouncilMember extends BaseEntity {

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "unit_id")
    private OrgUnit unit;

    @Column(name = "user_id", nullable = false)
    private long userId;

    @Column(nullable = false)
    private boolean secretary;

    @Column(name = "valid_from", nullable = false)
    private LocalDate validFrom;

    @Column(name = "valid_to")
    private LocalDate validTo;

    protected CouncilMember() {
    }

    public CouncilMember(OrgUnit unit, long userId, boolean secretary, LocalDate validFrom, LocalDate validTo) {
        this.unit = Objects.requireNonNull(unit);
        this.userId = userId;
        this.secretary = secretary;
        this.validFrom = Objects.requireNonNull(validFrom);
        end(validTo);
    }

    /** Changes the secretary flag and the end of the term (null: open-ended). */
    public void change(boolean secretary, LocalDate validTo) {
        this.secretary = secretary;
        end(validTo);
    }

    private void end(LocalDate until) {
        if (until != null && !until.isAfter(validFrom)) {
            throw new BusinessException("council.member.period", validFrom, until);
        }
        this.validTo = until;
    }

    public boolean isValidOn(LocalDate date) {
        return Validity.contains(validFrom, validTo, date);
    }

    public OrgUnit getUnit() {
        return unit;
    }

    public long getUserId() {
        return userId;
    }

    public boolean isSecretary() {
        return secretary;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public LocalDate getValidTo() {
        return validTo;
    }
}
