package vn.thidua.review.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.thidua.movement.IndicatorKind;
import vn.thidua.movement.IndicatorView;
import vn.thidua.movement.MovementService;
import vn.thidua.movement.MovementView;
import vn.thidua.platform.web.PageMessages;
import vn.thidua.review.NextTermService;
import vn.thidua.review.TargetForm;
import vn.thidua.review.Tracking;

/**
 * The next term's targets of an approved review as a form: a sentence each, optionally the indicator that measures
 * it ("MOVEMENT/INDICATOR") and the value to reach each year; saved all together.
 */
@Named
@ViewScoped
public class NextTermTargetsBacking implements Serializable {

    /** One line of the form. */
    public static class Row implements Serializable {
        private String description;
        private String indicator;
        private BigDecimal amount;

        public String getDescription() {
            return description;
        }

        public void setDescription(String description) {
            this.description = description;
        }

        public String getIndicator() {
            return indicator;
        }

        public void setIndicator(String indicator) {
            this.indicator = indicator;
        }

        public BigDecimal getAmount() {
            return amount;
        }

        public void setAmount(BigDecimal amount) {
            this.amount = amount;
        }
    }

    @Inject
    private NextTermService nextTerm;

    @Inject
    private MovementService movements;

    @Inject
    private TrackingBacking tracking;

    private List<Row> rows;
    private Map<String, String> indicators;

    /** The rows, first those the review has (filled in), then an empty one. */
    public List<Row> getRows() {
        if (rows == null) {
            rows = new ArrayList<>();
            for (Tracking.Line line : tracking.getTracking().lines()) {
                Row row = new Row();
                row.description = line.description();
                row.indicator = line.indicator() == null ? null : line.movement() + "/" + line.indicator();
                row.amount = line.amount();
                rows.add(row);
            }
            rows.add(new Row());
        }
        return rows;
    }

    public void addRow() {
        getRows().add(new Row());
    }

    public void save() {
        List<TargetForm> forms = new ArrayList<>();
        for (Row row : getRows()) {
            if (row.description == null || row.description.isBlank()) {
                continue;
            }
            String[] chosen = row.indicator == null || row.indicator.isBlank() ? null : row.indicator.split("/", 2);
            forms.add(new TargetForm(row.description, chosen == null ? null : chosen[0],
                    chosen == null ? null : chosen[1], chosen == null ? null : row.amount));
        }
        nextTerm.setTargets(tracking.getId(), tracking.getTracking().version(), forms);
        tracking.load();
        rows = null;
        PageMessages.info("review.targets.saved");
    }

    /** The indicators that can measure a target: label → "MOVEMENT/INDICATOR" (sums and shares). */
    public Map<String, String> getIndicators() {
        if (indicators == null) {
            indicators = new LinkedHashMap<>();
            for (MovementView movement : movements.list()) {
                for (IndicatorView indicator : movement.indicators()) {
                    if (indicator.kind() != IndicatorKind.TEXT) {
                        indicators.put(movement.name() + " · " + indicator.name(PageMessages.locale()),
                                movement.code() + "/" + indicator.code());
                    }
                }
            }
        }
        return indicators;
    }
}
