package vn.thidua.movement.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import vn.thidua.movement.IndicatorKind;
import vn.thidua.movement.IndicatorView;
import vn.thidua.movement.MovementService;
import vn.thidua.movement.MovementView;
import vn.thidua.movement.TargetView;
import vn.thidua.organization.web.UnitLabels;
import vn.thidua.platform.time.Formats;
import vn.thidua.platform.web.PageMessages;

/**
 * The targets section of a movement's page: a unit's target per indicator for a year, set by the movement's
 * managers and copied down to the unit's children in one action; read-only for everyone else.
 */
@Named
@ViewScoped
public class TargetsBacking implements Serializable {

    @Inject
    private MovementService movements;

    @Inject
    private MovementBacking page;

    private String unit;
    private int year;
    private Map<String, Row> rows;
    private String shownUnit;
    private int shownYear;

    /** One indicator's target; {@code saved} is what the server holds. */
    public static class Row implements Serializable {

        private final IndicatorView indicator;
        private final BigDecimal saved;
        private BigDecimal amount;

        Row(IndicatorView indicator, BigDecimal saved) {
            this.indicator = indicator;
            this.saved = saved;
            this.amount = saved;
        }

        public IndicatorView getIndicator() {
            return indicator;
        }

        public BigDecimal getAmount() {
            return amount;
        }

        public void setAmount(BigDecimal amount) {
            this.amount = amount;
        }

        boolean changed() {
            return amount != null && (saved == null || amount.compareTo(saved) != 0);
        }
    }

    /**
     * Called by f:viewAction after the movement's: first shows the launching unit's targets (for managers) or
     * offers the user's own unit, for this year when it is in the movement's years.
     */
    public void load() {
        MovementView movement = page.getMovement();
        if (movement == null) {
            return;
        }
        unit = page.isManager() ? UnitLabels.label(movement.launchingUnitName(), movement.launchingUnitCode())
                : page.getOwnUnit();
        year = Math.max(movement.yearFrom(), Math.min(movement.yearTo(), Formats.today().getYear()));
        if (page.isManager()) {
            show();
        }
    }

    /** Shows the chosen unit's targets for the chosen year; saving and copying act on what is shown. */
    public void show() {
        Map<String, BigDecimal> saved = movements.targets(page.getCode(), UnitLabels.code(unit), year).stream()
                .collect(Collectors.toMap(TargetView::indicator, TargetView::amount));
        shownUnit = unit;
        shownYear = year;
        rows = new HashMap<>();
        for (IndicatorView indicator : page.getMovement().indicators()) {
            rows.put(indicator.code(), new Row(indicator, saved.get(indicator.code())));
        }
    }

    public void save() {
        int changed = 0;
        for (Row row : rows.values()) {
            if (row.changed()) {
                movements.setTarget(page.getCode(), row.indicator.code(), UnitLabels.code(shownUnit), shownYear,
                        row.amount);
                changed++;
            }
        }
        unit = shownUnit;
        year = shownYear;
        show();
        PageMessages.info("movements.targets.saved", changed);
    }

    public void copyDown() {
        int copied = movements.copyTargetsDown(page.getCode(), UnitLabels.code(shownUnit), shownYear);
        PageMessages.info("movements.targets.copied", copied);
    }

    public List<Integer> getYears() {
        MovementView movement = page.getMovement();
        return IntStream.rangeClosed(movement.yearFrom(), movement.yearTo()).boxed().toList();
    }

    /** A row per indicator of the movement as it is now (one added since is shown empty); null until shown. */
    public List<Row> getRows() {
        if (rows == null) {
            return null;
        }
        return page.getMovement().indicators().stream().filter(i -> i.kind() != IndicatorKind.TEXT)
                .map(i -> rows.computeIfAbsent(i.code(), code -> new Row(i, null))).toList();
    }

    public String getShownUnit() {
        return shownUnit;
    }

    public int getShownYear() {
        return shownYear;
    }

    public String getUnit() {
        return unit;
    }

    public void setUnit(String unit) {
        this.unit = unit;
    }

    public int getYear() {
        return year;
    }

    public void setYear(int year) {
        this.year = year;
    }
}
