package vn.thidua.movement;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.thidua.organization.OrgUnit;
import vn.thidua.platform.error.BusinessException;
import vn.thidua.platform.persistence.BaseEntity;
import vn.thidua.platform.text.SearchText;

/**
 * A campaign or emulation movement launched by a unit's committee for a span of years; the units of the
 * participant subtree report its indicators every period of its period kind.
 */
@Entity
@Table(name = "movement")
public class Movement extends BaseEntity {

    @Column(nullable = false)
    private String code;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private MovementKind kind;

    @Column(nullable = false)
    private String name;

    @Column(name = "name_search", nullable = false)
    private String nameSearch;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "launching_unit_id")
    private OrgUnit launchingUnit;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "participant_root_id")
    private OrgUnit participantRoot;

    @Column(name = "decision_number")
    private String decisionNumber;

    @Column(name = "decision_date")
    private LocalDate decisionDate;

    @Column(name = "year_from", nullable = false)
    private int yearFrom;

    @Column(name = "year_to", nullable = false)
    private int yearTo;

    @Enumerated(EnumType.STRING)
    @Column(name = "period_kind", nullable = false)
    private PeriodKind periodKind;

    private String description;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private MovementStatus status;

    @Column(nullable = false)
    private boolean demo;

    @OneToMany(mappedBy = "movement", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("sortOrder, code")
    private List<Indicator> indicators = new ArrayList<>();

    protected Movement() {
    }

    public Movement(String code, MovementKind kind, OrgUnit launchingUnit, PeriodKind periodKind) {
        this.code = normalizeCode(code);
        this.kind = kind;
        this.launchingUnit = launchingUnit;
        this.participantRoot = launchingUnit;
        this.periodKind = periodKind;
        this.status = MovementStatus.DRAFT;
    }

    /** Codes are upper-case letters, digits and underscores, e.g. TET_VI_NGUOI_NGHEO. */
    public static String normalizeCode(String code) {
        String normalized = code == null ? "" : code.trim().toUpperCase(java.util.Locale.ROOT);
        if (!normalized.matches("[A-Z0-9_]{2,40}")) {
            throw new BusinessException("movement.code.invalid", String.valueOf(code));
        }
        return normalized;
    }

    /** Sets what officers edit in the movement form; the period is checked here so no caller can skip it. */
    public void describe(String name, String decisionNumber, LocalDate decisionDate, int yearFrom, int yearTo,
                         String description) {
        if (name == null || name.isBlank()) {
            throw new BusinessException("movement.name.required");
        }
        if (yearFrom < 2000 || yearTo > 2100 || yearTo < yearFrom) {
            throw new BusinessException("movement.years.invalid", String.valueOf(yearFrom), String.valueOf(yearTo));
        }
        this.name = name.trim();
        this.nameSearch = SearchText.normalize(name);
        this.decisionNumber = blankToNull(decisionNumber);
        this.decisionDate = decisionDate;
        this.yearFrom = yearFrom;
        this.yearTo = yearTo;
        this.description = blankToNull(description);
    }

    public void setParticipantRoot(OrgUnit participantRoot) {
        this.participantRoot = participantRoot;
    }

    public void setStatus(MovementStatus status) {
        this.status = status;
    }

    public void setPeriodKind(PeriodKind periodKind) {
        this.periodKind = periodKind;
    }

    public void markDemo() {
        this.demo = true;
    }

    public Indicator addIndicator(Indicator indicator) {
        indicator.attachTo(this);
        indicators.add(indicator);
        return indicator;
    }

    public boolean covers(ReportingPeriod period) {
        return period.getKind() == periodKind && period.getYear() >= yearFrom && period.getYear() <= yearTo;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    public String getCode() {
        return code;
    }

    public MovementKind getKind() {
        return kind;
    }

    public String getName() {
        return name;
    }

    public OrgUnit getLaunchingUnit() {
        return launchingUnit;
    }

    public OrgUnit getParticipantRoot() {
        return participantRoot;
    }

    public String getDecisionNumber() {
        return decisionNumber;
    }

    public LocalDate getDecisionDate() {
        return decisionDate;
    }

    public int getYearFrom() {
        return yearFrom;
    }

    public int getYearTo() {
        return yearTo;
    }

    public PeriodKind getPeriodKind() {
        return periodKind;
    }

    public String getDescription() {
        return description;
    }

    public MovementStatus getStatus() {
        return status;
    }

    public boolean isDemo() {
        return demo;
    }

    public List<Indicator> getIndicators() {
        return indicators;
    }
}
