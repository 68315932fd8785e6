package vn.thidua.organization.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.primefaces.PrimeFaces;
import vn.thidua.organization.OrgStructureService;
import vn.thidua.organization.OrgUnitService;
import vn.thidua.organization.OrgUnitView;
import vn.thidua.organization.RestructuringRequest;
import vn.thidua.organization.RestructuringSummary;
import vn.thidua.platform.i18n.Messages;

/**
 * The guided restructuring dialog: the administrator picks the kind of event, its date and units, previews what
 * will change, then applies it. The fields of every kind live here; the page shows those of the chosen kind.
 */
@Named
@ViewScoped
public class UnitEventBacking implements Serializable {

    public static final List<String> KINDS = List.of("MERGE", "SPLIT", "CHANGE", "CLOSE", "CREATE", "HEIR");

    @Inject
    private OrgUnitService units;

    @Inject
    private OrgStructureService structure;

    @Inject
    private UnitsBacking tree;

    private String kind = "MERGE";
    private LocalDate date;
    private String level = "COMMUNE";
    private List<OrgUnitView> candidates = new ArrayList<>();
    private List<String> codes = new ArrayList<>();
    private String code;
    private String survivorCode;
    private String newCode;
    private String newName;
    private String newType;
    private String parentCode;
    private String secondCode;
    private String secondName;
    private String secondType;
    private int heir;
    private String legalBasis;
    private RestructuringSummary preview;

    public void open() {
        kind = "MERGE";
        date = tree.getAsOf().plusDays(1);
        codes = new ArrayList<>();
        code = survivorCode = newCode = newName = newType = parentCode = null;
        secondCode = secondName = secondType = legalBasis = null;
        heir = 0;
        loadCandidates();
    }

    /** The units to choose from: on the date, or for a change of heir the day before (the ended units). */
    public void loadCandidates() {
        LocalDate on = "HEIR".equals(kind) && date != null ? date.minusDays(1) : date;
        candidates = on == null ? List.of() : units.list(on, level, null);
        preview = null;
    }

    public void preview() {
        preview = structure.preview(command());
    }

    public void apply() {
        RestructuringSummary done = structure.apply(command());
        FacesContext faces = FacesContext.getCurrentInstance();
        List<String> result = done.continuing().isEmpty() ? done.ending() : done.continuing();
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, Messages.format(
                faces.getViewRoot().getLocale(), "units.event.done." + kind, String.join(", ", result), date),
                null));
        tree.showTreeOn(date);
        PrimeFaces.current().executeScript("PF('eventDialog').hide()");
    }

    private RestructuringRequest command() {
        return new RestructuringRequest(kind, date, codes, code, survivorCode, newCode, newName, newType, level,
                parentCode, secondCode, secondName, secondType, heir, legalBasis);
    }

    public List<String> getKinds() {
        return KINDS;
    }

    public List<OrgUnitView> getSelectedCandidates() {
        return candidates.stream().filter(u -> codes.contains(u.code())).toList();
    }

    /** Possible parents: every unit on the date except residential areas. */
    public List<OrgUnitView> getParents() {
        return date == null ? List.of() : units.list(date, null, null).stream()
                .filter(u -> !"RESIDENTIAL_AREA".equals(u.level())).toList();
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        boolean reload = !java.util.Objects.equals(this.kind, kind) && ("HEIR".equals(kind) || "HEIR".equals(this.kind));
        this.kind = kind;
        if (reload) {
            loadCandidates();
        }
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    public String getLevel() {
        return level;
    }

    public void setLevel(String level) {
        this.level = level;
    }

    public List<OrgUnitView> getCandidates() {
        return candidates;
    }

    public List<String> getCodes() {
        return codes;
    }

    public void setCodes(List<String> codes) {
        this.codes = codes == null ? new ArrayList<>() : codes;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getSurvivorCode() {
        return survivorCode;
    }

    public void setSurvivorCode(String survivorCode) {
        this.survivorCode = survivorCode;
    }

    public String getNewCode() {
        return newCode;
    }

    public void setNewCode(String newCode) {
        this.newCode = newCode;
    }

    public String getNewName() {
        return newName;
    }

    public void setNewName(String newName) {
        this.newName = newName;
    }

    public String getNewType() {
        return newType;
    }

    public void setNewType(String newType) {
        this.newType = newType;
    }

    public String getParentCode() {
        return parentCode;
    }

    public void setParentCode(String parentCode) {
        this.parentCode = parentCode;
    }

    public String getSecondCode() {
        return secondCode;
    }

    public void setSecondCode(String secondCode) {
        this.secondCode = secondCode;
    }

    public String getSecondName() {
        return secondName;
    }

    public void setSecondName(String secondName) {
        this.secondName = secondName;
    }

    public String getSecondType() {
        return secondType;
    }

    public void setSecondType(String secondType) {
        this.secondType = secondType;
    }

    public int getHeir() {
        return heir;
    }

    public void setHeir(int heir) {
        this.heir = heir;
    }

    public String getLegalBasis() {
        return legalBasis;
    }

    public void setLegalBasis(String legalBasis) {
        this.legalBasis = legalBasis;
    }

    public RestructuringSummary getPreview() {
        return preview;
    }
}
