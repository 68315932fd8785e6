package vn.thidua.review.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import vn.thidua.platform.i18n.Amounts;
import vn.thidua.platform.web.PageMessages;
import vn.thidua.review.NextTermService;
import vn.thidua.review.ReviewTables;
import vn.thidua.review.Tracking;
import vn.thidua.review.document.ReviewText;

/** The next term's targets of a review and how each year meets them. */
@Named
@ViewScoped
public class TrackingBacking implements Serializable {

    @Inject
    private NextTermService nextTerm;

    private Long id;
    private Tracking tracking;

    /** Called by f:viewAction once the id parameter is set. */
    public void load() {
        tracking = id == null ? null : nextTerm.tracking(id);
    }

    /** The year's result, or "not reported yet" while it has none. */
    public String value(Tracking.Line line, Tracking.Year year) {
        if (year.value() == null) {
            return PageMessages.text("review.tracking.notReported");
        }
        return ReviewText.value(line.kind(), line.unitOfMeasure(), new ReviewTables.Cell(year.value(),
                year.numerator(), year.denominator()), PageMessages.locale());
    }

    public String target(Tracking.Line line, Tracking.Year year) {
        return ReviewText.target(line.kind(), line.unitOfMeasure(), year.target(), PageMessages.locale());
    }

    public String attainment(Tracking.Year year) {
        return year.attainment() == null ? "" : Amounts.percent(year.attainment(), PageMessages.locale());
    }

    public Tracking getTracking() {
        return tracking;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }
}
