package vn.thidua.organization;

import vn.thidua.platform.time.Validity;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import vn.thidua.platform.error.BusinessException;
import vn.thidua.platform.persistence.BaseEntity;

/**
 * An org unit: one continuing body from {@code validFrom} (inclusive) to {@code validTo} (exclusive, null while it
 * exists), whose name, type and parent may change: each stretch is an {@link OrgUnitVersion}, and the versions
 * follow each other without gaps. A merge or split ends units and starts others (see {@link OrgEvent}); a rename,
 * a change of type (a xã becoming a phường keeps its code) or a move only starts a new version.
 * Official codes are reused across reforms, so a code names a unit only together with a date.
 */
@Entity
@Table(name = "org_unit")
public class OrgUnit extends BaseEntity {

    @Column(nullable = false)
    private String code;

    @ManyToOne(optional = false, fetch = FetchType.EAGER)
    @JoinColumn(name = "level_id")
    private OrgLevel level;

    @Column(name = "valid_from", nullable = false)
    private LocalDate validFrom;

    @Column(name = "valid_to")
    private LocalDate validTo;

    @Column(nullable = false)
    private boolean demo;

    @OneToMany(mappedBy = "unit", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("validFrom")
    private List<OrgUnitVersion> versions = new ArrayList<>();

    protected OrgUnit() {
    }

    OrgUnit(String code, OrgLevel level, String name, String type, OrgUnit parent, LocalDate validFrom,
            OrgEvent event) {
        this.code = Objects.requireNonNull(code).trim();
        this.level = Objects.requireNonNull(level);
        this.validFrom = Objects.requireNonNull(validFrom);
        versions.add(new OrgUnitVersion(this, name, type, parent, validFrom, event));
    }

    /** A unit for tests and fixtures, outside any event. */
    public static OrgUnit of(String code, OrgLevel level, String name, String type, OrgUnit parent,
                             LocalDate validFrom) {
        return new OrgUnit(code, level, name, type, parent, validFrom, null);
    }

    public boolean isValidOn(LocalDate date) {
        return Validity.contains(validFrom, validTo, date);
    }

    public Optional<OrgUnitVersion> versionOn(LocalDate date) {
        return versions.stream().filter(v -> v.isValidOn(date)).findFirst();
    }

    /** The latest version: the unit as it is now, or as it was when it ended. */
    public OrgUnitVersion latest() {
        return versions.get(versions.size() - 1);
    }

    /** From {@code date} on, the unit has this name, type and parent. */
    void change(LocalDate date, String name, String type, OrgUnit parent, OrgEvent event) {
        OrgUnitVersion current = latest();
        requireOpenAfter(date);
        if (date.equals(current.getValidFrom())) {
            throw new BusinessException("org.event.overlapping", code, date);
        }
        current.endOn(date);
        versions.add(new OrgUnitVersion(this, name, type, parent, date, event));
    }

    /** The unit ceases to exist on {@code date}. */
    void close(LocalDate date) {
        requireOpenAfter(date);
        validTo = date;
        latest().endOn(date);
    }

    private void requireOpenAfter(LocalDate date) {
        if (validTo != null || !date.isAfter(latest().getValidFrom())) {
            throw new BusinessException("org.event.overlapping", code, date);
        }
    }

    void markDemo() {
        this.demo = true;
    }

    public String getCode() {
        return code;
    }

    public OrgLevel getLevel() {
        return level;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public LocalDate getValidTo() {
        return validTo;
    }

    public boolean isDemo() {
        return demo;
    }

    /** The name on {@code date}, or the last name if the unit did not exist then. */
    public String nameOn(LocalDate date) {
        return versionOn(date).map(OrgUnitVersion::getName).orElseGet(this::getName);
    }

    /** The current (or last) name. */
    public String getName() {
        return latest().getName();
    }

    public List<OrgUnitVersion> getVersions() {
        return List.copyOf(versions);
    }
}
