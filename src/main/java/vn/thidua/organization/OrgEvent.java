package vn.thidua.organization;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import vn.thidua.platform.persistence.BaseEntity;

/**
 * A restructuring of the hierarchy, effective on a date, with its legal basis, and the predecessor → successor
 * links it made. Units and versions it started point back to it.
 */
@Entity
@Table(name = "org_event")
public class OrgEvent extends BaseEntity {

    public enum Kind { CREATE, MERGE, SPLIT, CHANGE, MOVE, CLOSE }

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Kind kind;

    @Column(name = "effective_date", nullable = false)
    private LocalDate effectiveDate;

    @Column(name = "legal_basis")
    private String legalBasis;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @Column(name = "recorded_by", nullable = false)
    private String recordedBy;

    @OneToMany(mappedBy = "event", cascade = CascadeType.ALL)
    private List<OrgEventLink> links = new ArrayList<>();

    protected OrgEvent() {
    }

    OrgEvent(Kind kind, LocalDate effectiveDate, String legalBasis, String recordedBy) {
        this.kind = Objects.requireNonNull(kind);
        this.effectiveDate = Objects.requireNonNull(effectiveDate);
        this.legalBasis = legalBasis;
        this.recordedAt = Instant.now();
        this.recordedBy = Objects.requireNonNull(recordedBy);
    }

    OrgEventLink link(OrgUnit predecessor, OrgUnit successor, boolean partial, boolean inheritsHistory) {
        OrgEventLink link = new OrgEventLink(this, predecessor, successor, partial, inheritsHistory);
        links.add(link);
        return link;
    }

    public Kind getKind() {
        return kind;
    }

    public LocalDate getEffectiveDate() {
        return effectiveDate;
    }

    public String getLegalBasis() {
        return legalBasis;
    }

    public List<OrgEventLink> getLinks() {
        return List.copyOf(links);
    }
}
