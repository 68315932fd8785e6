package vn.thidua.movement.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import vn.thidua.movement.MovementService;
import vn.thidua.movement.PeriodView;
import vn.thidua.organization.web.UnitLabels;
import vn.thidua.platform.time.Formats;

/**
 * The "open a report" box of a movement's page: a unit (the user's own at first) and one of the movement's
 * periods (the current one at first); units are suggested as they were on the period's as-of day.
 */
@Named
@ViewScoped
public class ReportChoiceBacking implements Serializable {

    @Inject
    private MovementService movements;

    @Inject
    private MovementBacking page;

    private List<PeriodView> periods = List.of();
    private String unit;
    private String period;

    /** Called by f:viewAction after the movement's. */
    public void load() {
        if (page.getMovement() == null) {
            return;
        }
        periods = movements.periods(page.getCode());
        unit = page.getOwnUnit();
        period = current(periods, Formats.today());
    }

    /** The period containing {@code today}, else the last one begun, else the first; null when there is none. */
    static String current(List<PeriodView> periods, LocalDate today) {
        PeriodView chosen = null;
        for (PeriodView candidate : periods) {
            if (chosen == null || !candidate.startsOn().isAfter(today)) {
                chosen = candidate;
            }
        }
        return chosen == null ? null : chosen.code();
    }

    public String open() {
        return "/reports/report?faces-redirect=true&movement=" + encode(page.getCode()) + "&unit="
                + encode(UnitLabels.code(unit)) + "&period=" + encode(period);
    }

    public List<String> completeUnit(String text) {
        LocalDate asOf = periods.stream().filter(p -> p.code().equals(period)).map(PeriodView::asOf).findFirst()
                .orElse(Formats.today());
        return page.unitsLike(text, asOf);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text == null ? "" : text, StandardCharsets.UTF_8);
    }

    public List<PeriodView> getPeriods() {
        return periods;
    }

    public String getUnit() {
        return unit;
    }

    public void setUnit(String unit) {
        this.unit = unit;
    }

    public String getPeriod() {
        return period;
    }

    public void setPeriod(String period) {
        this.period = period;
    }
}
