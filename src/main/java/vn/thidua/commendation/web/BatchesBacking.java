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
import vn.thidua.commendation.BatchForm;
import vn.thidua.commendation.BatchService;
import vn.thidua.commendation.BatchSummary;
import vn.thidua.platform.time.Formats;
import vn.thidua.platform.web.PageMessages;

/** The submission batches the caller may see, paged in SQL, and a new batch of the caller's unit. */
@Named
@ViewScoped
public class BatchesBacking implements Serializable {

    @Inject
    private BatchService batches;

    private LazyDataModel<BatchSummary> model;
    private String unitCode;

    @PostConstruct
    void init() {
        model = new LazyDataModel<>() {
            @Override
            public int count(Map<String, FilterMeta> filterBy) {
                return (int) batches.list(0, 1).total();
            }

            @Override
            public List<BatchSummary> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                           Map<String, FilterMeta> filterBy) {
                return batches.list(first / pageSize, pageSize).items();
            }

            @Override
            public String getRowKey(BatchSummary batch) {
                return String.valueOf(batch.id());
            }
        };
    }

    /** A new, empty batch of the chosen unit; its page then takes the letter and the nominations. */
    public String create() {
        long id = batches.create(new BatchForm(null, unitCode, null, null, null, null)).id();
        PageMessages.info("batch.created");
        PageMessages.keepForRedirect();
        return "/dossier/batch?faces-redirect=true&id=" + id;
    }

    public String date(java.time.LocalDate date) {
        return Formats.date(date);
    }

    public String when(java.time.Instant at) {
        return Formats.dateTime(at);
    }

    public LazyDataModel<BatchSummary> getModel() {
        return model;
    }

    public String getUnitCode() {
        return unitCode;
    }

    public void setUnitCode(String unitCode) {
        this.unitCode = unitCode;
    }
}
