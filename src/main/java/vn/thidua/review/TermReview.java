package vn.thidua.review;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import vn.thidua.organization.OrgUnit;
import vn.thidua.platform.error.BusinessException;
import vn.thidua.platform.persistence.BaseEntity;
import vn.thidua.platform.persistence.InstantConverter;

/**
 * A unit's review of the years {@code yearFrom}–{@code yearTo}. It keeps what people write — the four narrative
 * sections — and the targets it sets for the next term; its figures are computed when read. A draft is edited;
 * once a leader approves it, nothing in it changes any more (the review as adopted by the conference).
 */
@Entity
@Table(name = "term_review")
public class TermReview extends BaseEntity {

    /** The earliest and latest years a review may cover: those of the reporting periods. */
    public static final int FIRST_YEAR = 2019;
    public static final int LAST_YEAR = 2030;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "unit_id")
    private OrgUnit unit;

    @Column(name = "year_from", nullable = false)
    private int yearFrom;

    @Column(name = "year_to", nullable = false)
    private int yearTo;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ReviewState state = ReviewState.DRAFT;

    private String achievements;
    private String shortcomings;
    private String lessons;
    private String directions;

    @Convert(converter = InstantConverter.class)
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    @Convert(converter = InstantConverter.class)
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", nullable = false)
    private String updatedBy;

    @Convert(converter = InstantConverter.class)
    @Column(name = "approved_at")
    private Instant approvedAt;

    @Column(name = "approved_by")
    private String approvedBy;

    @Column(nullable = false)
    private boolean demo;

    @OneToMany(mappedBy = "review")
    @OrderBy("seq")
    private List<ReviewTarget> targets = new ArrayList<>();

    protected TermReview() {
    }

    public TermReview(OrgUnit unit, int yearFrom, int yearTo, String by, Instant at) {
        if (yearFrom > yearTo || yearFrom < FIRST_YEAR || yearTo > LAST_YEAR) {
            throw new BusinessException("review.years.invalid", String.valueOf(yearFrom), String.valueOf(yearTo),
                    String.valueOf(FIRST_YEAR), String.valueOf(LAST_YEAR));
        }
        this.unit = Objects.requireNonNull(unit);
        this.yearFrom = yearFrom;
        this.yearTo = yearTo;
        this.createdBy = by;
        this.createdAt = at;
        this.updatedBy = by;
        this.updatedAt = at;
    }

    /** Replaces one narrative section; refused once approved or when too long. */
    public void write(ReviewSection section, String text, String by, Instant at) {
        requireDraft();
        String value = text == null || text.isBlank() ? null : text.strip();
        if (value != null && value.length() > ReviewSection.MAX_LENGTH) {
            throw new BusinessException("review.section.tooLong", ReviewSection.MAX_LENGTH);
        }
        switch (section) {
            case ACHIEVEMENTS -> achievements = value;
            case SHORTCOMINGS -> shortcomings = value;
            case LESSONS -> lessons = value;
            case DIRECTIONS -> directions = value;
        }
        touch(by, at);
    }

    public void approve(String by, Instant at) {
        requireDraft();
        state = ReviewState.APPROVED;
        approvedBy = by;
        approvedAt = at;
        touch(by, at);
    }

    /** A draft may be changed; an approved review is the one the conference adopted. */
    public void requireDraft() {
        if (state != ReviewState.DRAFT) {
            throw new BusinessException("review.approved.readOnly");
        }
    }

    public void requireApproved() {
        if (state != ReviewState.APPROVED) {
            throw new BusinessException("review.targets.notApproved");
        }
    }

    public void markDemo() {
        demo = true;
    }

    private void touch(String by, Instant at) {
        updatedBy = by;
        updatedAt = at;
    }

    /** The sections, in order, with their texts (null when not written). */
    public Map<ReviewSection, String> sections() {
        Map<ReviewSection, String> sections = new EnumMap<>(ReviewSection.class);
        sections.put(ReviewSection.ACHIEVEMENTS, achievements);
        sections.put(ReviewSection.SHORTCOMINGS, shortcomings);
        sections.put(ReviewSection.LESSONS, lessons);
        sections.put(ReviewSection.DIRECTIONS, directions);
        return sections;
    }

    /** The next term: the five years after this one ends (2024 → 2024–2029, as the Front's terms overlap a year). */
    public int nextTermFrom() {
        return yearTo;
    }

    public int nextTermTo() {
        return yearTo + (yearTo - yearFrom == 0 ? 1 : yearTo - yearFrom);
    }

    public OrgUnit getUnit() {
        return unit;
    }

    public int getYearFrom() {
        return yearFrom;
    }

    public int getYearTo() {
        return yearTo;
    }

    public ReviewState getState() {
        return state;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public Instant getApprovedAt() {
        return approvedAt;
    }

    public String getApprovedBy() {
        return approvedBy;
    }

    public List<ReviewTarget> getTargets() {
        return targets;
    }
}
