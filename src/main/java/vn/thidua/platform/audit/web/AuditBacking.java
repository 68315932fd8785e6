package vn.thidua.platform.audit.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import vn.thidua.platform.audit.AuditEntry;
import vn.thidua.platform.audit.AuditQuery;
import vn.thidua.platform.audit.AuditService;
import vn.thidua.platform.time.Formats;

/** The audit log for administrators: filters, and a table paged in SQL. */
@Named
@ViewScoped
public class AuditBacking implements Serializable {

    private static final int SHORT = 60;
    private static final String TABLE = ":audit:table";

    @Inject
    private AuditService audit;

    private String actor;
    private String action;
    private String entityType;
    private String entityId;
    private LocalDate from;
    private LocalDate to;
    private AuditQuery query = AuditQuery.ALL;
    private List<String> actions;
    private List<String> entityTypes;
    private LazyDataModel<AuditEntry> model;

    @PostConstruct
    void init() {
        actions = audit.actions();
        entityTypes = audit.entityTypes();
        model = new LazyDataModel<>() {
            @Override
            public int count(Map<String, FilterMeta> filterBy) {
                return (int) audit.count(query);
            }

            @Override
            public List<AuditEntry> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                         Map<String, FilterMeta> filterBy) {
                return audit.find(query, first, pageSize);
            }

            @Override
            public String getRowKey(AuditEntry entry) {
                return String.valueOf(entry.getId());
            }
        };
    }

    public void filter() {
        query = new AuditQuery(actor, action, entityType, entityId, from, to);
        firstPage();
    }

    public void clear() {
        actor = null;
        action = null;
        entityType = null;
        entityId = null;
        from = null;
        to = null;
        query = AuditQuery.ALL;
        firstPage();
    }

    /** A new filter starts at page one: page 3 of the old result may not exist in the new one. */
    private void firstPage() {
        if (FacesContext.getCurrentInstance().getViewRoot().findComponent(TABLE) instanceof DataTable table) {
            table.setFirst(0);
        }
    }

    public String time(Instant instant) {
        return Formats.dateTime(instant);
    }

    /** A long before/after text cut for the table; the page shows the whole text as a tooltip. */
    public String shorten(String text) {
        return text == null || text.length() <= SHORT ? text : text.substring(0, SHORT - 1) + "…";
    }

    public LazyDataModel<AuditEntry> getModel() {
        return model;
    }

    public List<String> getActions() {
        return actions;
    }

    public List<String> getEntityTypes() {
        return entityTypes;
    }

    public String getActor() {
        return actor;
    }

    public void setActor(String actor) {
        this.actor = actor;
    }

    public String getAction() {
        return action;
    }

    public void setAction(String action) {
        this.action = action;
    }

    public String getEntityType() {
        return entityType;
    }

    public void setEntityType(String entityType) {
        this.entityType = entityType;
    }

    public String getEntityId() {
        return entityId;
    }

    public void setEntityId(String entityId) {
        this.entityId = entityId;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }
}
