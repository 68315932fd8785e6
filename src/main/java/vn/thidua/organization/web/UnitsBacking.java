package vn.thidua.organization.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import org.primefaces.model.DefaultTreeNode;
import org.primefaces.model.LazyDefaultTreeNode;
import org.primefaces.model.TreeNode;
import vn.thidua.organization.OrgUnitService;
import vn.thidua.organization.OrgUnitView;
import vn.thidua.platform.time.Formats;

/** The tree of units as of a chosen date; each level loads when it is opened. */
@Named
@ViewScoped
public class UnitsBacking implements Serializable {

    private static final String LEAF_LEVEL = "RESIDENTIAL_AREA";

    @Inject
    private OrgUnitService units;

    private LocalDate asOf = Formats.today();
    private TreeNode<OrgUnitView> root;

    @PostConstruct
    void init() {
        showTree();
    }

    public void showTree() {
        root = new DefaultTreeNode<>(null, null);
        LocalDate date = asOf;
        for (OrgUnitView top : units.list(date, "PROVINCE", null)) {
            root.getChildren().add(new LazyDefaultTreeNode<>(top, parent -> units.list(date, null, parent.code()),
                    candidate -> LEAF_LEVEL.equals(candidate.level())));
        }
        root.getChildren().forEach(child -> child.setExpanded(true));
    }

    /** Shows the tree as it is on {@code date} (after an event, the day it takes effect). */
    void showTreeOn(LocalDate date) {
        asOf = date;
        showTree();
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
}
