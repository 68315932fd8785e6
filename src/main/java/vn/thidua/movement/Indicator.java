package vn.thidua.movement;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.Locale;
import vn.thidua.organization.OrgLevel;
import vn.thidua.platform.error.BusinessException;
import vn.thidua.platform.persistence.BaseEntity;

/**
 * What a movement measures: entered by the units of {@code entryLevel}, rolled up by the rule of its kind. A
 * coverage names the yes/no indicator it counts (its source); its entry level is the source's.
 */
@Entity
@Table(name = "indicator")
public class Indicator extends BaseEntity {

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "movement_id")
    private Movement movement;

    @Column(nullable = false)
    private String code;

    @Column(name = "name_vi", nullable = false)
    private String nameVi;

    @Column(name = "name_en", nullable = false)
    private String nameEn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private IndicatorKind kind;

    @Column(name = "unit_of_measure")
    private String unitOfMeasure;

    @ManyToOne(optional = false, fetch = FetchType.EAGER)
    @JoinColumn(name = "entry_level_id")
    private OrgLevel entryLevel;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "source_id")
    private Indicator source;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    protected Indicator() {
    }

    public Indicator(String code, IndicatorKind kind, OrgLevel entryLevel, int sortOrder) {
        this.code = Movement.normalizeCode(code);
        this.kind = kind;
        this.entryLevel = entryLevel;
        this.sortOrder = sortOrder;
    }

    /** A coverage of the units that answered yes to {@code source}. */
    public static Indicator coverageOf(String code, Indicator source, int sortOrder) {
        if (source.kind != IndicatorKind.YES_NO) {
            throw new BusinessException("indicator.source.invalid", code);
        }
        Indicator coverage = new Indicator(code, IndicatorKind.COVERAGE, source.entryLevel, sortOrder);
        coverage.source = source;
        coverage.unitOfMeasure = "%";
        return coverage;
    }

    public Indicator named(String nameVi, String nameEn, String unitOfMeasure) {
        if (nameVi == null || nameVi.isBlank()) {
            throw new BusinessException("indicator.name.required");
        }
        this.nameVi = nameVi.trim();
        this.nameEn = nameEn == null || nameEn.isBlank() ? this.nameVi : nameEn.trim();
        this.unitOfMeasure = kind.isShare() ? "%" : unitOfMeasure;
        return this;
    }

    void attachTo(Movement movement) {
        this.movement = movement;
    }

    /** The indicator whose answers are counted: the source of a coverage, otherwise itself. */
    public Indicator counted() {
        return source == null ? this : source;
    }

    public String name(Locale locale) {
        return "en".equals(locale.getLanguage()) ? nameEn : nameVi;
    }

    public Movement getMovement() {
        return movement;
    }

    public String getCode() {
        return code;
    }

    public String getNameVi() {
        return nameVi;
    }

    public String getNameEn() {
        return nameEn;
    }

    public IndicatorKind getKind() {
        return kind;
    }

    public String getUnitOfMeasure() {
        return unitOfMeasure;
    }

    public OrgLevel getEntryLevel() {
        return entryLevel;
    }

    public Indicator getSource() {
        return source;
    }

    public int getSortOrder() {
        return sortOrder;
    }
}
