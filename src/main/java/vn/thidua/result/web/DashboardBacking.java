package vn.thidua.result.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.spi.JsonProvider;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import vn.thidua.identity.web.CurrentUser;
import vn.thidua.platform.error.BusinessException;
import vn.thidua.platform.error.Failures;
import vn.thidua.platform.i18n.Messages;
import vn.thidua.result.Dashboard;
import vn.thidua.result.Rollup;
import vn.thidua.result.RollupService;

/**
 * The dashboard of a movement for a unit over a range of years: by default the caller's own unit and the movement's
 * years up to this one. Everything it shows is named by its address (movement, unit, from, to, unapproved, chart,
 * page), so every choice, drill-down, page of the children's table and step back up is a plain link or a GET form:
 * the back button works and a view can be bookmarked or sent to a colleague. It reads the roll-ups of the unit and of
 * its children in one service call; what the page shows is built by {@link DashboardView}.
 */
@Named
@RequestScoped
public class DashboardBacking {

    /** A unit on the way down from the highest unit the caller reads, with the address of its dashboard. */
    public record Crumb(String code, String name, String href) {
    }

    /** A link to a page of the children's table; {@code number} 0 stands for the pages left out between two. */
    public record Page(int number, String href, boolean current) {
        public boolean gap() {
            return number == 0;
        }
    }

    private static final JsonProvider JSON = JsonProvider.provider();

    @Inject
    private RollupService rollups;

    @Inject
    private MovementChoices movementChoices;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private DashboardViews views;

    private String movement;
    private String unit;
    private Integer from;
    private Integer to;
    private boolean unapproved;
    private String chart;
    private int page = 1;
    private List<MovementChoice> movements = List.of();
    private Dashboard data;
    private DashboardView view;
    private String userKey;
    private boolean loaded;

    /**
     * Reads the address (every parameter optional; years or a page that are not numbers count as not given) and asks
     * the service, once, while the view is built (the first key asked for, see {@link #sharedKey}) or else before it
     * is rendered (preRenderView); no f:metadata, whose view parameters would be converted and validated on every
     * view of this read-only page. A refusal is shown as the page's message.
     */
    public void load() {
        if (!loaded) {
            loaded = true;
            read();
        }
    }

    private void read() {
        FacesContext faces = FacesContext.getCurrentInstance();
        // A GET page: nothing to keep between requests (the header's forms work without a saved view).
        faces.getViewRoot().setTransient(true);
        Map<String, String> parameters = faces.getExternalContext().getRequestParameterMap();
        movement = parameters.get("movement");
        unit = parameters.get("unit");
        from = number(parameters.get("from"));
        to = number(parameters.get("to"));
        unapproved = "true".equalsIgnoreCase(parameters.get("unapproved"));
        chart = parameters.get("chart");
        Integer asked = number(parameters.get("page"));
        page = asked == null ? 1 : asked;
        movements = movementChoices.get();
        if (movements.isEmpty()) {
            return;
        }
        MovementChoice chosen = current();
        movement = chosen.code();
        if (unit == null || unit.isBlank()) {
            unit = currentUser.getPrimaryRole() != null ? currentUser.getPrimaryRole().unitCode() : chosen.rootCode();
        }
        int first = from == null ? chosen.yearFrom() : Math.max(chosen.yearFrom(), Math.min(from, chosen.lastYear()));
        int last = to == null ? chosen.lastYear() : Math.max(chosen.yearFrom(), Math.min(to, chosen.lastYear()));
        from = Math.min(first, last);
        to = Math.max(first, last);
        try {
            data = rollups.dashboard(movement, unit.trim(), from, to, unapproved);
        } catch (RuntimeException e) {
            BusinessException refused = Failures.businessCause(e);
            if (refused == null) {
                throw e;
            }
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    Messages.format(locale(), refused.getMessageKey(), refused.getArguments()), null));
            return;
        }
        view = views.get(viewKey(), () -> new DashboardView(chosen.levels(), data.rollup(), data.children(),
                data.progress()));
        if (chart == null || !chosen.levels().containsKey(chart)) {
            chart = view.firstIndicator();
        }
        page = Math.max(1, Math.min(page, view.pageCount()));
    }

    /** What the page shows; null when there is nothing to show or the service refused (its message is shown). */
    public DashboardView getView() {
        return view;
    }

    /** The address of this dashboard with some parameters changed (null removes one). */
    private String href(Map<String, Object> changes) {
        Map<String, Object> query = new LinkedHashMap<>();
        query.put("movement", movement);
        query.put("unit", getUnitCode());
        query.put("from", from);
        query.put("to", to);
        query.put("unapproved", unapproved ? "true" : null);
        query.put("chart", chart);
        query.putAll(changes);
        return address("/result/dashboard.xhtml", query);
    }

    /** An address of this application with a query of the non-null parameters. */
    private static String address(String path, Map<String, Object> query) {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath() + path + "?"
                + query.entrySet().stream().filter(e -> e.getValue() != null)
                .map(e -> e.getKey() + "=" + URLEncoder.encode(String.valueOf(e.getValue()), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    /** The dashboard of a child (or any unit below) over the same years. */
    public String unitHref(String code) {
        return href(Map.of("unit", code));
    }

    public String presetHref(MovementChoice.Range range) {
        return href(Map.of("from", range.from(), "to", range.to()));
    }

    public List<Crumb> getTrail() {
        if (data == null) {
            return List.of();
        }
        return data.trail().stream().map(s -> new Crumb(s.code(), s.name(), unitHref(s.code()))).toList();
    }

    /** The children's table's pages: the first, the last and two each side of this one; empty when it has one. */
    public List<Page> getPages() {
        List<Page> pages = new ArrayList<>();
        int count = view == null ? 0 : view.pageCount();
        for (int n = 1; count > 1 && n <= count; n++) {
            if (n == 1 || n == count || Math.abs(n - page) <= 2) {
                pages.add(new Page(n, href(Map.of("page", n)), n == page));
            } else if (!pages.get(pages.size() - 1).gap()) {
                pages.add(new Page(0, null, false));
            }
        }
        return pages;
    }

    public List<DashboardView.ChildRow> getRows() {
        return view.page(page);
    }

    /** "11–20 / 130": which rows of the children's table this page shows. */
    public String getRowRange() {
        int total = view.getRows().size();
        int first = (page - 1) * DashboardView.PAGE + 1;
        return first + "–" + Math.min(total, page * DashboardView.PAGE) + " / " + total;
    }

    /**
     * What the markup of the cards, the children's table and the progress depends on: the results version of the
     * movement and everything the address names. Only asked once the service has let the caller see the unit.
     */
    private String cacheKey() {
        return viewKey() + "|" + chart + "|" + page;
    }

    /**
     * The key the markup of a part the same for every reader who may see it (the cards, the children's table and
     * the progress) is kept under for the whole application; null while there is nothing to show.
     */
    public String sharedKey(String part) {
        load();
        return view == null ? null : cacheKey() + "|" + part;
    }

    /**
     * The key of a part that also shows what the user is offered (the choices, the trail, the links), kept per
     * session: {@link #cacheKey()} with the movements offered, whether unapproved results may be shown and the way
     * down from the user's highest unit. Null while there is nothing to show.
     */
    public String userKey(String part) {
        load();
        if (view == null) {
            return null;
        }
        if (userKey == null) {
            StringBuilder key = new StringBuilder(cacheKey()).append('|').append(data.canSeeUnapproved())
                    .append('|').append(movementChoices.stamp());
            movements.forEach(m -> key.append('|').append(m.code()));
            data.trail().forEach(step -> key.append('>').append(step.code()));
            userKey = key.toString();
        }
        return userKey + "|" + part;
    }

    /** What a {@link DashboardView} is made from: the figures (by results version), the language, the progress. */
    private String viewKey() {
        return String.join("|", "dashboard", movement, String.valueOf(data.version()), getUnitCode(),
                String.valueOf(from), String.valueOf(to), String.valueOf(unapproved), locale().toLanguageTag(),
                String.valueOf(data.progress() != null));
    }

    /** The charts' JSON (made once per request by the view). */
    public String getPeriodChart() {
        return view.chart('p', chart);
    }

    public String getChildrenChart() {
        return view.chart('c', chart);
    }

    /** The addresses the bars of the children's chart lead to, in the order of the bars, as a JSON array. */
    public String getChartLinks() {
        var links = JSON.createArrayBuilder();
        view.charted(chart).forEach(child -> links.add(unitHref(child.unitCode())));
        return links.build().toString();
    }

    /** Where an XLSX of the indicators' table ("indicators") or of the children's ("children") downloads from. */
    public String exportHref(String table) {
        return address("/api/rollups/" + table + ".xlsx", new LinkedHashMap<>(Map.of("movement", movement, "unit",
                getUnitCode(), "from", from, "to", to, "unapproved", unapproved, "lang", locale().getLanguage())));
    }

    /** The Excel page of this unit's children for this movement. */
    public String getImportHref() {
        return address("/result/import.xhtml", new LinkedHashMap<>(Map.of("movement", movement, "unit",
                getUnitCode())));
    }

    static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }

    private MovementChoice current() {
        return movements.stream().filter(m -> m.code().equalsIgnoreCase(String.valueOf(movement))).findFirst()
                .orElse(movements.get(0));
    }

    public List<Integer> getYears() {
        return current().years();
    }

    public List<MovementChoice.Range> getPresets() {
        return current().presets();
    }

    /** The unit shown: the one the service answered for, else the one asked for. */
    public String getUnitCode() {
        return data != null ? data.rollup().unitCode() : unit;
    }

    /** Which results the figures count, and the years (written as years, not as numbers with a '.'). */
    public String getBasis() {
        return Messages.format(locale(), unapproved ? "dashboard.basis.all" : "dashboard.basis.approved",
                String.valueOf(from), String.valueOf(to));
    }

    public List<MovementChoice> getMovements() {
        return movements;
    }

    public boolean isCanSeeUnapproved() {
        return data != null && data.canSeeUnapproved();
    }

    public String getMovement() {
        return movement;
    }

    /** The first year shown. */
    public Integer getFrom() {
        return from;
    }

    public Integer getTo() {
        return to;
    }

    public boolean isUnapproved() {
        return unapproved;
    }

    public String getChart() {
        return chart;
    }

    private static Integer number(String text) {
        try {
            return text == null || text.isBlank() ? null : Integer.valueOf(text.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
