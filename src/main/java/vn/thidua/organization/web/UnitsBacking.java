package vn.thidua.organization.web;

import jakarta.annotation.PostConstruct;
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
import org.primefaces.model.DefaultTreeNode;
import org.primefaces.model.LazyDefaultTreeNode;
import org.primefaces.model.TreeNode;
import vn.thidua.organization.MergeCommand;
import vn.thidua.organization.OrgStructureService;
import vn.thidua.organization.OrgUnitService;
import vn.thidua.organization.OrgUnitView;
import vn.thidua.organization.RestructuringSummary;
import vn.thidua.platform.i18n.Messages;
import vn.thidua.platform.time.Formats;

/** The tree of units as of a chosen date, and the guided merge dialog with its preview. */
@Named
@ViewScoped
public class UnitsBacking implements Serializable {

    private static final String LEAF_LEVEL = "RESIDENTIAL_AREA";

    @Inject
    private OrgUnitService units;

    @Inject
    private OrgStructureService structure;

    private LocalDate asOf = Formats.today();
    private TreeNode<OrgUnitView> root;

    private LocalDate mergeDate;
    private String mergeLevel = "COMMUNE";
    private List<OrgUnitView> candidates = new ArrayList<>();
    private List<String> mergeCodes = new ArrayList<>();
    private String survivorCode;
    private String newCode;
    private String newName;
    private String newType;
    private String legalBasis;
    private RestructuringSummary preview;

    @PostConstruct
    void init() {
        showTree();
    }

    public void showTree() {
        root = new DefaultTreeNode<>(null, null);
        LocalDate date = asOf;
        for (OrgUnitView top : units.list(date, "PROVINCE", null)) {
            root.getChildren().add(node(top, date));
        }
        root.getChildren().forEach(child -> child.setExpanded(true));
    }

    private TreeNode<OrgUnitView> node(OrgUnitView unit, LocalDate date) {
        return new LazyDefaultTreeNode<>(unit, parent -> units.list(date, null, parent.code()),
                candidate -> LEAF_LEVEL.equals(candidate.level()));
    }

    public void openMerge() {
        mergeDate = asOf.plusDays(1);
        mergeCodes = new ArrayList<>();
        survivorCode = null;
        newCode = null;
        newName = null;
        newType = null;
        legalBasis = null;
        preview = null;
        loadCandidates();
    }

    public void loadCandidates() {
        candidates = mergeDate == null ? List.of() : units.list(mergeDate, mergeLevel, null);
        preview = null;
    }

    public void previewMerge() {
        preview = structure.previewMerge(command());
    }

    public void merge() {
        RestructuringSummary done = structure.merge(command());
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, Messages.format(
                faces.getViewRoot().getLocale(), "units.merged", String.join(", ", done.continuing()),
                mergeDate), null));
        asOf = mergeDate;
        showTree();
        PrimeFaces.current().executeScript("PF('mergeDialog').hide()");
    }

    private MergeCommand command() {
        return new MergeCommand(mergeDate, mergeCodes, survivorCode, newCode, newName, newType, legalBasis);
    }

    public List<OrgUnitView> getSelectedCandidates() {
        return candidates.stream().filter(u -> mergeCodes.contains(u.code())).toList();
    }

    public TreeNode<OrgUnitView> getRoot() {
        return root;
    }

    public LocalDate getAsOf() {
        return asOf;
    }

    public void setAsOf(LocalDate asOf) {
        this.asOf = asOf == null ? Formats.today() : asOf;
    }

    public LocalDate getMergeDate() {
        return mergeDate;
    }

    public void setMergeDate(LocalDate mergeDate) {
        this.mergeDate = mergeDate;
    }

    public String getMergeLevel() {
        return mergeLevel;
    }

    public void setMergeLevel(String mergeLevel) {
        this.mergeLevel = mergeLevel;
    }

    public List<OrgUnitView> getCandidates() {
        return candidates;
    }

    public List<String> getMergeCodes() {
        return mergeCodes;
    }

    public void setMergeCodes(List<String> mergeCodes) {
        this.mergeCodes = mergeCodes == null ? new ArrayList<>() : mergeCodes;
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
