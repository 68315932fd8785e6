package vn.thidua.commendation.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.StreamedContent;
import vn.thidua.commendation.AwardTypeService;
import vn.thidua.commendation.AwardTypeView;
import vn.thidua.commendation.Download;
import vn.thidua.commendation.registry.AwardLine;
import vn.thidua.commendation.registry.AwardSearch;
import vn.thidua.commendation.registry.RegistryService;
import vn.thidua.movement.MovementService;
import vn.thidua.movement.MovementView;
import vn.thidua.organization.web.UnitLabels;
import vn.thidua.platform.web.PageMessages;

/**
 * The registry search: a name typed with or without diacritics, a unit (suggested among today's units, or a code
 * typed by hand, also of a unit that no longer exists), year, award type and movement; the awards paged in SQL; the
 * whole search as XLSX. The filters may come in the address (?q=…&unit=…) so that a search can be linked to.
 */
@Named
@ViewScoped
public class RegistryBacking implements Serializable {

    @Inject
    private RegistryService registry;

    @Inject
    private AwardTypeService awardTypes;

    @Inject
    private MovementService movements;

    private String q;
    private String unit;
    private Integer year;
    private String awardType;
    private String movement;
    private AwardSearch search = AwardSearch.ANY;
    private LazyDataModel<AwardLine> model;
    private List<AwardTypeView> types;
    private List<MovementView> movementList;

    @PostConstruct
    void init() {
        model = new LazyDataModel<>() {
            @Override
            public int count(Map<String, FilterMeta> filterBy) {
                return (int) Math.min(Integer.MAX_VALUE, registry.count(search));
            }

            @Override
            public List<AwardLine> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                        Map<String, FilterMeta> filterBy) {
                return registry.search(search, first, pageSize);
            }

            @Override
            public String getRowKey(AwardLine award) {
                return String.valueOf(award.id());
            }
        };
    }

    /** Called by f:viewAction once the parameters are set: searches with them. */
    public void load() {
        find();
    }

    /** Searches with the filters as typed; the table goes back to its first page. */
    public void find() {
        search = new AwardSearch(q, UnitLabels.code(unit), year, awardType, movement);
    }

    public StreamedContent getExport() {
        Download file = registry.export(search, PageMessages.locale());
        return DefaultStreamedContent.builder().name(file.fileName()).contentType(file.mediaType())
                .stream(() -> new ByteArrayInputStream(file.content())).build();
    }

    public List<AwardTypeView> getAwardTypes() {
        if (types == null) {
            types = awardTypes.list();
        }
        return types;
    }

    public List<MovementView> getMovements() {
        if (movementList == null) {
            movementList = movements.list();
        }
        return movementList;
    }

    public String awardTypeName(AwardLine award) {
        return award.awardTypeName(PageMessages.locale());
    }

    public LazyDataModel<AwardLine> getModel() {
        return model;
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
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

    public String getAwardType() {
        return awardType;
    }

    public void setAwardType(String awardType) {
        this.awardType = awardType;
    }

    public String getMovement() {
        return movement;
    }

    public void setMovement(String movement) {
        this.movement = movement;
    }
}
