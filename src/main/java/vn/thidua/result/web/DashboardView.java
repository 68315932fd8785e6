package vn.thidua.result.web;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.thidua.movement.IndicatorKind;
import vn.thidua.platform.i18n.Amounts;
import vn.thidua.result.IndicatorValue;
import vn.thidua.result.ReportingProgress;
import vn.thidua.result.Rollup;

/**
 * What the dashboard shows of a unit's roll-up, built from what the services answered without asking them again:
 * a card per indicator, the charts of one indicator by period and by child, the children's table and the
 * reporting progress of the last period. Text indicators do not roll up and are left out.
 */
public class DashboardView {

    /** An indicator's card; {@code units}, {@code target} and {@code attainment} null when they do not apply. */
    public record Card(String code, String name, String value, String units, String target, String attainment,
                       int progress) {
    }

    /** A column of the children's table. */
    public record Column(String code, String name) {
    }

    /** A value of a child's row, with the name of its column (a phone shows the table as labelled lines). */
    public record Cell(String label, String value) {
    }

    /**
     * A child unit's row: its values in the order of the columns, written when first shown (the table pages, so
     * most rows of a large unit are never written).
     */
    public static final class ChildRow {
        private final Rollup child;
        private final Locale locale;
        private List<Cell> cells;

        ChildRow(Rollup child, Locale locale) {
            this.child = child;
            this.locale = locale;
        }

        public String code() {
            return child.unitCode();
        }

        public String name() {
            return child.unitName();
        }

        public List<Cell> cells() {
            if (cells == null) {
                cells = shown(child.values()).stream().map(v -> new Cell(v.indicator().name(locale),
                        IndicatorText.value(v.indicator().kind(), v.value(), locale))).toList();
            }
            return cells;
        }
    }

    /** How many children's reports are in one state, of how many expected, in percent. */
    public record Bar(String state, int count, int percent) {
    }

    /** How many children a page of the table shows. */
    static final int PAGE = 10;

    /** How many children the chart by unit draws at most. */
    static final int CHARTED = 15;

    private final Map<String, String> levels;
    private final Rollup rollup;
    private final List<Rollup> children;
    private final ReportingProgress progress;
    private List<Card> cards;
    private List<Column> columns;
    private List<ChildRow> rows;

    /** {@code levels}: the level at which each indicator is entered, by code (the units a share counts). */
    DashboardView(Map<String, String> levels, Rollup rollup, List<Rollup> children, ReportingProgress progress) {
        this.levels = levels;
        this.rollup = rollup;
        this.children = children;
        this.progress = progress;
    }

    /** The page's language, as it renders (texts are made when shown, not when read). */
    private static Locale locale() {
        return DashboardBacking.locale();
    }

    /** Made once per view (a page asks several times while it renders). */
    public List<Card> getCards() {
        if (cards == null) {
            cards = cards();
        }
        return cards;
    }

    private List<Card> cards() {
        Locale locale = locale();
        return shown(rollup.values()).stream().map(v -> {
            IndicatorKind kind = v.indicator().kind();
            BigDecimal attainment = v.attainment();
            return new Card(v.indicator().code(), v.indicator().name(locale), IndicatorText.value(kind, v.value(),
                    locale), IndicatorText.units(v, levels.get(v.indicator().code()), locale),
                    v.target() == null ? null : IndicatorText.value(kind, v.target(), locale),
                    attainment == null ? null : Amounts.percent(attainment, locale),
                    attainment == null ? 0 : Math.min(100, Math.max(0, attainment.intValue())));
        }).toList();
    }

    public List<Column> getColumns() {
        if (columns == null) {
            Locale locale = locale();
            columns = shown(rollup.values()).stream()
                    .map(v -> new Column(v.indicator().code(), v.indicator().name(locale))).toList();
        }
        return columns;
    }

    public List<ChildRow> getRows() {
        if (rows == null) {
            Locale locale = locale();
            rows = children.stream().map(child -> new ChildRow(child, locale)).toList();
        }
        return rows;
    }

    /** The children of a page of the table (1 is the first). */
    List<ChildRow> page(int page) {
        List<ChildRow> all = getRows();
        int first = Math.min(all.size(), (page - 1) * PAGE);
        return all.subList(first, Math.min(all.size(), first + PAGE));
    }

    int pageCount() {
        return Math.max(1, (children.size() + PAGE - 1) / PAGE);
    }

    private final Map<String, String> charts = new java.util.concurrent.ConcurrentHashMap<>();

    /** The chart of an indicator by period ("p") or by child ("c"), made once per view. */
    String chart(char which, String code) {
        return charts.computeIfAbsent(which + String.valueOf(code),
                k -> which == 'p' ? periodChart(code) : childrenChart(code));
    }

    String periodChart(String code) {
        IndicatorValue value = find(rollup, code);
        return value == null ? null : DashboardCharts.columns(value.indicator(),
                value.periods().stream().map(p -> p.period().code()).toList(),
                value.periods().stream().map(IndicatorValue.PeriodValue::value).toList(), locale());
    }

    String childrenChart(String code) {
        IndicatorValue value = find(rollup, code);
        List<Rollup> drawn = charted(code);
        return value == null || drawn.isEmpty() ? null : DashboardCharts.bars(value.indicator(),
                drawn.stream().map(Rollup::unitName).toList(),
                drawn.stream().map(c -> find(c, code)).map(v -> v == null ? null : v.value()).toList(), locale());
    }

    /**
     * The children the chart by unit draws for an indicator: all of them when they are few, else the
     * {@value #CHARTED} with the highest values (a bar chart of a hundred units helps nobody; the table has all).
     */
    List<Rollup> charted(String code) {
        return chartedBy.computeIfAbsent(String.valueOf(code), k -> {
            if (children.size() <= CHARTED) {
                return children;
            }
            Map<Rollup, BigDecimal> values = new java.util.IdentityHashMap<>();
            children.forEach(c -> {
                IndicatorValue v = find(c, code);
                values.put(c, v == null || v.value() == null ? BigDecimal.valueOf(-1) : v.value());
            });
            return children.stream().sorted(java.util.Comparator.comparing(values::get).reversed()).limit(CHARTED)
                    .toList();
        });
    }

    private final Map<String, List<Rollup>> chartedBy = new java.util.concurrent.ConcurrentHashMap<>();

    /** Whether the chart shows only the children with the highest values. */
    public boolean isChartTruncated() {
        return children.size() > CHARTED;
    }

    /** Whether the children report in the movement (a commune's residential areas do not, for a commune indicator). */
    public boolean isChildrenReport() {
        return !children.isEmpty() && (progress == null || progress.expected() > 0);
    }

    /** A height for the children's chart that leaves each bar readable: a class of thidua.css. */
    public String getChildrenChartClass() {
        int count = Math.min(children.size(), CHARTED);
        return count <= 8 ? "chart-bars-s" : count <= 25 ? "chart-bars-m" : count <= 60 ? "chart-bars-l"
                : "chart-bars-xl";
    }

    /** The states of the children's reports, approved first; empty when there is no period or no child. */
    public List<Bar> getBars() {
        if (progress == null || progress.expected() == 0) {
            return List.of();
        }
        return List.of(bar("approved", progress.approved()), bar("submitted", progress.submitted()),
                bar("returned", progress.returned()), bar("draft", progress.draft()),
                bar("notStarted", progress.notStarted()));
    }

    private Bar bar(String state, int count) {
        return new Bar(state, count, Math.round(count * 100f / progress.expected()));
    }

    public ReportingProgress getProgress() {
        return progress;
    }

    public Rollup rollup() {
        return rollup;
    }

    public List<Rollup> children() {
        return children;
    }

    /** The first indicator that has a value to draw. */
    String firstIndicator() {
        List<IndicatorValue> shown = shown(rollup.values());
        return shown.isEmpty() ? null : shown.get(0).indicator().code();
    }

    private static IndicatorValue find(Rollup rollup, String code) {
        return rollup.values().stream().filter(v -> v.indicator().code().equals(code)).findFirst().orElse(null);
    }

    private static List<IndicatorValue> shown(List<IndicatorValue> values) {
        return values.stream().filter(v -> v.indicator().kind() != IndicatorKind.TEXT).toList();
    }
}
