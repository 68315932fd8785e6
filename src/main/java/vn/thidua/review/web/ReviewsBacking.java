package vn.thidua.review.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import vn.thidua.organization.web.UnitLabels;
import vn.thidua.platform.time.Formats;
import vn.thidua.review.ReviewService;
import vn.thidua.review.ReviewSummary;

/** The reviews the user may read (paged in SQL), and a new one for a unit and a span of years. */
@Named
@ViewScoped
public class ReviewsBacking implements Serializable {

    @Inject
    private ReviewService reviews;

    private LazyDataModel<ReviewSummary> model;
    private String unit;
    private Integer from = 2019;
    private Integer to = 2024;

    @PostConstruct
    void init() {
        model = new LazyDataModel<>() {
            @Override
            public int count(Map<String, FilterMeta> filterBy) {
                return (int) reviews.count();
            }

            @Override
            public List<ReviewSummary> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                            Map<String, FilterMeta> filterBy) {
                return reviews.list(first, pageSize);
            }

            @Override
            public String getRowKey(ReviewSummary review) {
                return String.valueOf(review.id());
            }
        };
    }

    /** Creates the review and opens it. */
    public String create() {
        long id = reviews.create(UnitLabels.code(unit), from == null ? 0 : from, to == null ? 0 : to);
        return "/review/review?faces-redirect=true&id=" + id;
    }

    public String updated(ReviewSummary review) {
        return Formats.dateTime(review.updatedAt());
    }

    public LazyDataModel<ReviewSummary> getModel() {
        return model;
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
}
