package vn.thidua.organization;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Objects;
import vn.thidua.platform.persistence.BaseEntity;

/**
 * An org unit as it was during one stretch of time: valid from {@code validFrom} (inclusive) until
 * {@code validTo} (exclusive, null while still valid). Official codes are reused across reforms, so a code names a
 * unit only together with a date.
 */
@Entity
@Table(name = "org_unit")
public class OrgUnit extends BaseEntity {

    @Column(nullable = false)
    private String code;

    @Column(nullable = false)
    private String name;

    @Column(name = "unit_type")
    private String type;

    @ManyToOne(optional = false, fetch = FetchType.EAGER)
    @JoinColumn(name = "level_id")
    private OrgLevel level;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    private OrgUnit parent;

    @Column(name = "valid_from", nullable = false)
    private LocalDate validFrom;

    @Column(name = "valid_to")
    private LocalDate validTo;

    protected OrgUnit() {
    }

    public OrgUnit(String code, String name, String type, OrgLevel level, OrgUnit parent, LocalDate validFrom) {
        this.code = Objects.requireNonNull(code);
        this.name = Objects.requireNonNull(name);
        this.type = type;
        this.level = Objects.requireNonNull(level);
        this.parent = parent;
        this.validFrom = Objects.requireNonNull(validFrom);
    }

    public boolean isValidOn(LocalDate date) {
        return !date.isBefore(validFrom) && (validTo == null || date.isBefore(validTo));
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public String getType() {
        return type;
    }

    public OrgLevel getLevel() {
        return level;
    }

    public OrgUnit getParent() {
        return parent;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public LocalDate getValidTo() {
        return validTo;
    }
}
