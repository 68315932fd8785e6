package vn.thidua.commendation.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import vn.thidua.commendation.DecisionService;
import vn.thidua.commendation.registry.DecisionSummary;
import vn.thidua.organization.web.UnitLabels;
import vn.thidua.platform.web.PageMessages;

/** The decisions the user may see, newest first, paged in SQL; optionally of a unit (and those it inherited), a year. */
@Named
@ViewScoped
public class DecisionsBacking implements Serializable {

    @Inject
    private DecisionService decisions;

    private String unit;
    private Integer year;
    private String unitCode;
    private Integer filteredYear;
    private LazyDataModel<DecisionSummary> model;
    private Boolean signer;

    @PostConstruct
    void init() {
        model = new LazyDataModel<>() {
            @Override
            public int count(Map<String, FilterMeta> filterBy) {
                return (int) decisions.list(unitCode, filteredYear, 0, 1).total();
            }

            @Override
            public List<DecisionSummary> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                              Map<String, FilterMeta> filterBy) {
                return decisions.list(unitCode, filteredYear, first, pageSize).items();
            }

            @Override
            public String getRowKey(DecisionSummary decision) {
                return String.valueOf(decision.id());
            }
        };
    }

    public void find() {
        unitCode = unit == null || unit.isBlank() ? null : UnitLabels.code(unit);
        filteredYear = year;
    }

    /** Whether the user leads a unit, so may sign decisions. */
    public boolean isSigner() {
        if (signer == null) {
            signer = !decisions.signingUnits().isEmpty();
        }
        return signer;
    }

    public String awardTypeName(DecisionSummary decision) {
        return decision.awardTypeName(PageMessages.locale());
    }

    public LazyDataModel<DecisionSummary> getModel() {
        return model;
    }

    public String getUnit() {
        return unit;
    }

    public void setUnit(String unit) {
        this.unit = unit;
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }
}
