package vn.thidua.movement.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import vn.thidua.movement.IndicatorForm;
import vn.thidua.movement.IndicatorKind;
import vn.thidua.movement.IndicatorView;
import vn.thidua.movement.MovementService;
import vn.thidua.organization.UnitImport;
import vn.thidua.platform.web.PageMessages;

/** The indicators section of a movement's page: its managers add an indicator or remove one not yet used. */
@Named
@ViewScoped
public class IndicatorsBacking implements Serializable {

    private static final int SORT_STEP = 10;

    @Inject
    private MovementService movements;

    @Inject
    private MovementBacking page;

    private String code;
    private String nameVi;
    private String nameEn;
    private IndicatorKind kind = IndicatorKind.COUNT;
    private String unitOfMeasure;
    private String entryLevel = "COMMUNE";
    private String source;

    public void add() {
        List<IndicatorView> existing = page.getMovement().indicators();
        int sortOrder = existing.stream().mapToInt(IndicatorView::sortOrder).max().orElse(0) + SORT_STEP;
        movements.addIndicator(page.getCode(), new IndicatorForm(code, nameVi, nameEn, kind, unitOfMeasure,
                entryLevel, kind == IndicatorKind.COVERAGE ? source : null, sortOrder));
        page.reload();
        PageMessages.info("movements.indicator.added", code);
        code = null;
        nameVi = null;
        nameEn = null;
        unitOfMeasure = null;
        source = null;
    }

    public void remove(String indicatorCode) {
        movements.removeIndicator(page.getCode(), indicatorCode);
        page.reload();
        PageMessages.info("movements.indicator.removed", indicatorCode);
    }

    /** The yes/no indicators a coverage may count. */
    public List<IndicatorView> getSources() {
        return page.getMovement().indicators().stream().filter(i -> i.kind() == IndicatorKind.YES_NO).toList();
    }

    public boolean isCoverage() {
        return kind == IndicatorKind.COVERAGE;
    }

    public IndicatorKind[] getKinds() {
        return IndicatorKind.values();
    }

    public List<String> getLevels() {
        return UnitImport.LEVELS;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getNameVi() {
        return nameVi;
    }

    public void setNameVi(String nameVi) {
        this.nameVi = nameVi;
    }

    public String getNameEn() {
        return nameEn;
    }

    public void setNameEn(String nameEn) {
        this.nameEn = nameEn;
    }

    public IndicatorKind getKind() {
        return kind;
    }

    public void setKind(IndicatorKind kind) {
        this.kind = kind;
    }

    public String getUnitOfMeasure() {
        return unitOfMeasure;
    }

    public void setUnitOfMeasure(String unitOfMeasure) {
        this.unitOfMeasure = unitOfMeasure;
    }

    public String getEntryLevel() {
        return entryLevel;
    }

    public void setEntryLevel(String entryLevel) {
        this.entryLevel = entryLevel;
    }

    public String getSource() {
        return source;
    }

    public void setSource(String source) {
        this.source = source;
    }
}
