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
import vn.thidua.commendation.NomineeService;
import vn.thidua.commendation.NomineeSummary;
import vn.thidua.commendation.RecipientKind;

/** Nominee records in the caller's scope, searched by name with or without diacritics, paged in SQL. */
@Named
@ViewScoped
public class NomineesBacking implements Serializable {

    @Inject
    private NomineeService nominees;

    private LazyDataModel<NomineeSummary> model;
    private String query;
    private RecipientKind kind;

    @PostConstruct
    void init() {
        model = new LazyDataModel<>() {
            @Override
            public int count(Map<String, FilterMeta> filterBy) {
                return (int) nominees.search(query, kindName(), 0, 1).total();
            }

            @Override
            public List<NomineeSummary> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                             Map<String, FilterMeta> filterBy) {
                return nominees.search(query, kindName(), first / pageSize, pageSize).items();
            }

            @Override
            public String getRowKey(NomineeSummary nominee) {
                return String.valueOf(nominee.id());
            }
        };
    }

    private String kindName() {
        return kind == null ? null : kind.name();
    }

    public RecipientKind[] getKinds() {
        return RecipientKind.values();
    }

    public LazyDataModel<NomineeSummary> getModel() {
        return model;
    }

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query;
    }

    public RecipientKind getKind() {
        return kind;
    }

    public void setKind(RecipientKind kind) {
        this.kind = kind;
    }
}
