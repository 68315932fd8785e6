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
import vn.thidua.commendation.AwardTypeService;
import vn.thidua.commendation.AwardTypeView;
import vn.thidua.commendation.NominationService;
import vn.thidua.commendation.NominationState;
import vn.thidua.commendation.NominationSummary;
import vn.thidua.platform.web.PageMessages;

/**
 * The nominations the caller may see, paged in SQL by the service, narrowed by state, award type and the nominee's
 * name typed with or without diacritics. The filters may come in the address (?state=…&amp;type=…&amp;q=…).
 */
@Named
@ViewScoped
public class NominationsBacking implements Serializable {

    @Inject
    private NominationService nominations;

    @Inject
    private AwardTypeService awardTypes;

    private NominationState state;
    private String awardType;
    private String q;
    private LazyDataModel<NominationSummary> model;
    private List<AwardTypeView> types;

    @PostConstruct
    void init() {
        model = new LazyDataModel<>() {
            @Override
            public int count(Map<String, FilterMeta> filterBy) {
                return (int) Math.min(Integer.MAX_VALUE, nominations.list(stateName(), awardType, q, 0, 1).total());
            }

            @Override
            public List<NominationSummary> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                                Map<String, FilterMeta> filterBy) {
                return nominations.list(stateName(), awardType, q, first / pageSize, pageSize).items();
            }

            @Override
            public String getRowKey(NominationSummary nomination) {
                return String.valueOf(nomination.id());
            }
        };
    }

    private String stateName() {
        return state == null ? null : state.name();
    }

    public NominationState[] getStates() {
        return NominationState.values();
    }

    public List<AwardTypeView> getAwardTypes() {
        if (types == null) {
            types = awardTypes.list();
        }
        return types;
    }

    /** The award type's name in the page's language. */
    public String awardTypeName(String code) {
        return getAwardTypes().stream().filter(t -> t.code().equals(code)).findFirst()
                .map(t -> t.name(PageMessages.locale())).orElse(code);
    }

    public LazyDataModel<NominationSummary> getModel() {
        return model;
    }

    public NominationState getState() {
        return state;
    }

    public void setState(NominationState state) {
        this.state = state;
    }

    public String getAwardType() {
        return awardType;
    }

    public void setAwardType(String awardType) {
        this.awardType = awardType;
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }
}
