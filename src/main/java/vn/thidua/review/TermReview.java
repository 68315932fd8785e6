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
import java.util.Optional;
import vn.thidua.organization.OrgUnit;
import vn.thidua.platform.error.BusinessException;
import vn.thidua.platform.persistence.BaseEntity;
import vn.thidua.platform.persistence.InstantConverter;

/**
 * A unit's review of the years {@code yearFrom}–{@code yearTo}. It keeps what people write — the four narrative
 * sections, with who last wrote each — and the targets it sets for the next term; a draft's figures are computed
 * when read. A draft is edited; once a leader approves it, nothing in it changes any more, its figures included (the
 * review as adopted by the conference), unless a leader reopens it, with a reason, to correct it.
 */
@Entity
@Table(name = "term_review")
public class TermReview extends BaseEntity {

    /** The earliest and latest years a review may cover: those of the reporting periods. */
    public static final int FIRST_YEAR = 2019;
    public static final int LAST_YEAR = 2030;

    /** The longest reason a leader gives for reopening an approved review. */
    public static final int MAX_REASON_LENGTH = 2000;

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

    /** Who last wrote each section: they may not approve the review (separation of duties). */
    @Column(name = "achievements_by")
    private String achievementsBy;
    @Column(name = "shortcomings_by")
    private String shortcomingsBy;
    @Column(name = "lessons_by")
    private String lessonsBy;
    @Column(name = "directions_by")
    private String directionsBy;

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

    /** The figures as approved ({@link ReviewFigures} as JSON); null for a draft, or one approved before they were kept. */
    @Column(name = "frozen_tables")
    private String frozenTables;

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
            case ACHIEVEMENTS -> {
                achievements = value;
                achievementsBy = by;
            }
            case SHORTCOMINGS -> {
                shortcomings = value;
                shortcomingsBy = by;
            }
            case LESSONS -> {
                lessons = value;
                lessonsBy = by;
            }
            case DIRECTIONS -> {
                directions = value;
                directionsBy = by;
            }
        }
        touch(by, at);
    }

    /**
     * A leader approves the draft, as for the other documents: every section written, and not by them last (who
     * wrote a section does not approve it; the refusal names the sections).
     */
    public void approve(String by, Instant at) {
        requireDraft();
        List<ReviewSection> missing = sections().entrySet().stream().filter(e -> e.getValue() == null)
                .map(Map.Entry::getKey).toList();
        if (!missing.isEmpty()) {
            throw new BusinessException("review.approve.sectionsMissing", names(missing));
        }
        List<ReviewSection> own = writers().entrySet().stream().filter(e -> Objects.equals(e.getValue(), by))
                .map(Map.Entry::getKey).toList();
        if (!own.isEmpty()) {
            throw new BusinessException("review.approve.separationOfDuties", names(own));
        }
        state = ReviewState.APPROVED;
        approvedBy = by;
        approvedAt = at;
        touch(by, at);
    }

    /**
     * A leader takes the approved review back to draft to correct it, with a reason (the service audits it). The
     * next term's targets stay as set, and in force; they are changed again once the review is approved again.
     */
    public void reopen(String reason, String by, Instant at) {
        if (state != ReviewState.APPROVED) {
            throw new BusinessException("review.reopen.notApproved");
        }
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            throw new BusinessException("review.reopen.reasonRequired");
        }
        if (why.length() > MAX_REASON_LENGTH) {
            throw new BusinessException("review.reopen.reasonTooLong", MAX_REASON_LENGTH);
        }
        state = ReviewState.DRAFT;
        approvedBy = null;
        approvedAt = null;
        frozenTables = null;
        touch(by, at);
    }

    /** Keeps the figures as the approved review has them: it is read with them from now on, whatever changes after. */
    public void freeze(ReviewFigures figures) {
        if (state != ReviewState.APPROVED) {
            throw new IllegalStateException("Only an approved review keeps its figures");
        }
        frozenTables = figures.toJson();
    }

    /** The figures kept at approval, if any. */
    public Optional<ReviewFigures> frozen() {
        return Optional.ofNullable(frozenTables).map(ReviewFigures::fromJson);
    }

    /** The sections' names, each in the reader's language, as one message argument. */
    private static List<BusinessException> names(List<ReviewSection> sections) {
        return sections.stream().map(s -> new BusinessException(s.messageKey())).toList();
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

    /** Who last wrote each section (null when never written, or before this was kept). */
    public Map<ReviewSection, String> writers() {
        Map<ReviewSection, String> writers = new EnumMap<>(ReviewSection.class);
        writers.put(ReviewSection.ACHIEVEMENTS, achievementsBy);
        writers.put(ReviewSection.SHORTCOMINGS, shortcomingsBy);
        writers.put(ReviewSection.LESSONS, lessonsBy);
        writers.put(ReviewSection.DIRECTIONS, directionsBy);
        return writers;
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
