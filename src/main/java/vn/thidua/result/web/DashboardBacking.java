package vn.thidua.result.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.primefaces.event.ItemSelectEvent;
import org.primefaces.model.StreamedContent;
import vn.thidua.identity.web.CurrentUser;
import vn.thidua.movement.MovementService;
import vn.thidua.platform.i18n.Messages;
import vn.thidua.platform.web.FileDownloads;
import vn.thidua.result.Dashboard;
import vn.thidua.result.Rollup;
import vn.thidua.result.RollupService;
import vn.thidua.result.excel.RollupTables;
import vn.thidua.result.excel.Workbooks;

/**
 * The dashboard of a movement for a unit over a range of years: by default the caller's own unit and the movement's
 * years up to this one. It reads the roll-ups of the unit and of its children (one service call each, whatever the
 * number of children) and the reporting progress of the last period; drilling into a child shows the same
 * dashboard for it, the trail leads back up. What the page shows is built by {@link DashboardView}.
 */
@Named
@ViewScoped
public class DashboardBacking implements Serializable {

    /** A unit on the way down from where the dashboard started. */
    public record Crumb(String code, String name) implements Serializable {
    }

    @Inject
    private RollupService rollups;

    @Inject
    private MovementService movementService;

    @Inject
    private CurrentUser currentUser;

    private String movement;
    private String unit;
    private Integer from;
    private Integer to;
    private boolean unapproved;
    private boolean canSeeUnapproved;
    private String chartIndicator;
    private List<MovementChoice> movements = List.of();
    private final List<Crumb> trail = new ArrayList<>();
    private transient DashboardView view;
    private boolean failed;

    /** Called by f:viewAction once the parameters (movement, unit, from, to; all optional) are set. */
    public void load() {
        if (FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        movements = movementService.list().stream().map(MovementChoice::of).toList();
        if (movements.isEmpty()) {
            return;
        }
        MovementChoice chosen = movements.stream().filter(m -> m.code().equalsIgnoreCase(String.valueOf(movement)))
                .findFirst().orElse(movements.get(0));
        movement = chosen.code();
        String start = unit != null && !unit.isBlank() ? unit.trim()
                : currentUser.getPrimaryRole() != null ? currentUser.getPrimaryRole().unitCode() : chosen.rootCode();
        trail.add(new Crumb(start, start));
        int first = from == null ? chosen.yearFrom() : from;
        int last = to == null ? chosen.lastYear() : to;
        years(first, last);
    }

    public void selectMovement() {
        years(current().yearFrom(), current().lastYear());
    }

    public void changeYears() {
        years(from, to);
    }

    public void preset(MovementChoice.Range range) {
        years(range.from(), range.to());
    }

    public void toggleUnapproved() {
        refresh();
    }

    /** A child in the table. */
    public void drill(String code, String name) {
        trail.add(new Crumb(code, name));
        refresh();
    }

    /** A child's bar in the chart. */
    public void drillChart(ItemSelectEvent event) {
        List<Rollup> children = view().charted(chartIndicator);
        if (event.getItemIndex() >= 0 && event.getItemIndex() < children.size()) {
            Rollup child = children.get(event.getItemIndex());
            drill(child.unitCode(), child.unitName());
        }
    }

    /** Back to the unit at {@code index} of the trail. */
    public void up(int index) {
        trail.subList(index + 1, trail.size()).clear();
        refresh();
    }

    private void years(int first, int last) {
        from = Math.min(first, last);
        to = Math.max(first, last);
        refresh();
    }

    /** Reads the roll-ups again; the unit's name in the trail comes from them. */
    void refresh() {
        view = null;
        failed = true;
        unapproved &= canSeeUnapproved;
        DashboardView fresh = view();
        Crumb here = trail.get(trail.size() - 1);
        trail.set(trail.size() - 1, new Crumb(here.code(), fresh.rollup().unitName()));
        failed = false;
    }

    /**
     * What the page shows, read once per change (and again after the view was restored from elsewhere); null when
     * there is nothing to show or the last change was refused (its message is on the page).
     */
    public DashboardView getView() {
        return movements.isEmpty() || failed ? null : view();
    }

    private DashboardView view() {
        if (view == null) {
            Dashboard data = rollups.dashboard(movement, getUnitCode(), from, to, unapproved);
            canSeeUnapproved = data.canSeeUnapproved();
            view = new DashboardView(current().levels(), data.rollup(), data.children(), data.progress());
            if (chartIndicator == null || !current().levels().containsKey(chartIndicator)) {
                chartIndicator = view.firstIndicator();
            }
        }
        return view;
    }

    /** The chart of the chosen indicator by period. */
    public String getPeriodChart() {
        return view().chart('p', chartIndicator);
    }

    /** The chart of the chosen indicator by child unit. */
    public String getChildrenChart() {
        return view().chart('c', chartIndicator);
    }

    public StreamedContent getIndicatorsFile() {
        Rollup rollup = view().rollup();
        return download(RollupTables.fileName("chi-tieu", rollup),
                RollupTables.indicators(exportTitle(), rollup, locale()));
    }

    public StreamedContent getChildrenFile() {
        Rollup rollup = view().rollup();
        return download(RollupTables.fileName("don-vi", rollup),
                RollupTables.children(exportTitle(), rollup, view().children(), locale()));
    }

    static StreamedContent download(String name, byte[] bytes) {
        return FileDownloads.of(name, Workbooks.MEDIA_TYPE, bytes);
    }

    private String exportTitle() {
        return current().name();
    }

    /** The last period of the range the roll-up covers: its reporting progress is shown. */
    static String lastPeriod(Rollup rollup) {
        return rollup.values().isEmpty() || rollup.values().get(0).periods().isEmpty() ? null
                : rollup.values().get(0).periods().get(rollup.values().get(0).periods().size() - 1).period().code();
    }

    private MovementChoice current() {
        return movements.stream().filter(m -> m.code().equals(movement)).findFirst().orElse(movements.get(0));
    }

    static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }

    public List<Integer> getYears() {
        return current().years();
    }

    public List<MovementChoice.Range> getPresets() {
        return current().presets();
    }

    /** The codes of the movement's reporting periods up to this year, for the Excel template. */
    public List<String> getPeriodCodes() {
        return current().periodCodes();
    }

    public String getUnitCode() {
        return trail.get(trail.size() - 1).code();
    }

    /** Which results the figures count, and the years (written as years, not as numbers with a '.'). */
    public String getBasis() {
        return Messages.format(locale(), unapproved ? "dashboard.basis.all" : "dashboard.basis.approved",
                String.valueOf(from), String.valueOf(to));
    }

    public String getUnitName() {
        return trail.get(trail.size() - 1).name();
    }

    public List<Crumb> getTrail() {
        return trail;
    }

    public List<MovementChoice> getMovements() {
        return movements;
    }

    public String getMovementName() {
        return movements.isEmpty() ? null : current().name();
    }

    public boolean isCanSeeUnapproved() {
        return canSeeUnapproved;
    }

    public String getMovement() {
        return movement;
    }

    public void setMovement(String movement) {
        this.movement = movement;
    }

    public String getUnit() {
        return unit;
    }

    public void setUnit(String unit) {
        this.unit = unit;
    }

    public Integer getFrom() {
        return from;
    }

    public void setFrom(Integer from) {
        this.from = from;
    }

    public Integer getTo() {
        return to;
    }

    public void setTo(Integer to) {
        this.to = to;
    }

    public boolean isUnapproved() {
        return unapproved;
    }

    public void setUnapproved(boolean unapproved) {
        this.unapproved = unapproved;
    }

    public String getChartIndicator() {
        return chartIndicator;
    }

    public void setChartIndicator(String chartIndicator) {
        this.chartIndicator = chartIndicator;
    }
}
