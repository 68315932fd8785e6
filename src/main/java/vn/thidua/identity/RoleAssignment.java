package vn.thidua.identity;

import vn.thidua.platform.time.Validity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Objects;
import vn.thidua.organization.OrgUnit;
import vn.thidua.platform.persistence.BaseEntity;

/**
 * A role held at an org unit from {@code validFrom} (inclusive) until {@code validTo} (exclusive, null while
 * open). When a unit is merged, its officers' assignments end and new ones start at the successor.
 */
@Entity
@Table(name = "role_assignment")
public class RoleAssignment extends BaseEntity {

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "user_id")
    private UserAccount user;

    @Enumerated(EnumType.STRING)
    @Column(name = "role_name", nullable = false)
    private Role role;

    @ManyToOne(optional = false, fetch = FetchType.EAGER)
    @JoinColumn(name = "org_unit_id")
    private OrgUnit unit;

    @Column(name = "valid_from", nullable = false)
    private LocalDate validFrom;

    @Column(name = "valid_to")
    private LocalDate validTo;

    protected RoleAssignment() {
    }

    RoleAssignment(UserAccount user, Role role, OrgUnit unit, LocalDate validFrom, LocalDate validTo) {
        if (validTo != null && !validTo.isAfter(validFrom)) {
            throw new IllegalArgumentException("A role assignment must end after it starts");
        }
        this.user = Objects.requireNonNull(user);
        this.role = Objects.requireNonNull(role);
        this.unit = Objects.requireNonNull(unit);
        this.validFrom = Objects.requireNonNull(validFrom);
        this.validTo = validTo;
    }

    public boolean isActiveOn(LocalDate date) {
        return Validity.contains(validFrom, validTo, date);
    }

    /** Ends the assignment on {@code date} (it is no longer held from that day on). */
    public void endOn(LocalDate date) {
        if (!date.isAfter(validFrom)) {
            throw new IllegalArgumentException("A role assignment must end after it starts");
        }
        this.validTo = date;
    }

    public UserAccount getUser() {
        return user;
    }

    public Role getRole() {
        return role;
    }

    public OrgUnit getUnit() {
        return unit;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public LocalDate getValidTo() {
        return validTo;
    }
}
