package vn.thidua.organization;

import vn.thidua.platform.time.Validity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Objects;
import vn.thidua.platform.persistence.BaseEntity;
import vn.thidua.platform.text.SearchText;

/** An org unit's name, type and parent during one stretch of time [validFrom, validTo). */
@Entity
@Table(name = "org_unit_version")
public class OrgUnitVersion extends BaseEntity {

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "unit_id")
    private OrgUnit unit;

    @Column(nullable = false)
    private String name;

    @Column(name = "name_search", nullable = false)
    private String nameSearch;

    @Column(name = "unit_type", nullable = false)
    private String type;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    private OrgUnit parent;

    @Column(name = "valid_from", nullable = false)
    private LocalDate validFrom;

    @Column(name = "valid_to")
    private LocalDate validTo;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "event_id")
    private OrgEvent event;

    protected OrgUnitVersion() {
    }

    OrgUnitVersion(OrgUnit unit, String name, String type, OrgUnit parent, LocalDate validFrom, OrgEvent event) {
        this.unit = Objects.requireNonNull(unit);
        this.name = Objects.requireNonNull(name).trim();
        this.nameSearch = SearchText.normalize(name);
        this.type = Objects.requireNonNull(type).trim();
        this.parent = parent;
        this.validFrom = Objects.requireNonNull(validFrom);
        this.event = event;
    }

    boolean isValidOn(LocalDate date) {
        return Validity.contains(validFrom, validTo, date);
    }

    void endOn(LocalDate date) {
        this.validTo = date;
    }

    public OrgUnit getUnit() {
        return unit;
    }

    public String getName() {
        return name;
    }

    public String getType() {
        return type;
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

    public OrgEvent getEvent() {
        return event;
    }
}
