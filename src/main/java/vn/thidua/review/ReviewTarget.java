package vn.thidua.review;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.Objects;
import vn.thidua.movement.Indicator;
import vn.thidua.platform.error.BusinessException;
import vn.thidua.platform.persistence.BaseEntity;

/**
 * A target an approved review sets for the next term, as the conference worded it ("100% khu dân cư tổ chức được
 * Ngày hội Đại đoàn kết toàn dân tộc"). When an indicator measures it, {@code amount} is the value to reach every
 * year of the term (a percentage for a share of units), written as that indicator's target and tracked.
 */
@Entity
@Table(name = "review_target")
public class ReviewTarget extends BaseEntity {

    public static final int DESCRIPTION_LENGTH = 1000;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "review_id")
    private TermReview review;

    @Column(nullable = false)
    private int seq;

    @Column(nullable = false)
    private String description;

    @Column(name = "year_from", nullable = false)
    private int yearFrom;

    @Column(name = "year_to", nullable = false)
    private int yearTo;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "indicator_id")
    private Indicator indicator;

    private BigDecimal amount;

    protected ReviewTarget() {
    }

    public ReviewTarget(TermReview review, int seq, String description, Indicator indicator, BigDecimal amount) {
        review.requireApproved();
        if (description == null || description.isBlank()) {
            throw new BusinessException("review.target.description.required");
        }
        if (description.strip().length() > DESCRIPTION_LENGTH) {
            throw new BusinessException("review.target.description.tooLong", DESCRIPTION_LENGTH);
        }
        if ((indicator == null) != (amount == null) || amount != null && amount.signum() < 0) {
            throw new BusinessException("review.target.amount.invalid");
        }
        this.review = Objects.requireNonNull(review);
        this.seq = seq;
        this.description = description.strip();
        this.yearFrom = review.nextTermFrom();
        this.yearTo = review.nextTermTo();
        this.indicator = indicator;
        this.amount = amount;
    }

    public TermReview getReview() {
        return review;
    }

    public int getSeq() {
        return seq;
    }

    public String getDescription() {
        return description;
    }

    public int getYearFrom() {
        return yearFrom;
    }

    public int getYearTo() {
        return yearTo;
    }

    public Indicator getIndicator() {
        return indicator;
    }

    public BigDecimal getAmount() {
        return amount;
    }
}
