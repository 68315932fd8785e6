package vn.thidua.commendation;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import vn.thidua.movement.Movement;
import vn.thidua.organization.OrgUnit;
import vn.thidua.platform.error.BusinessException;
import vn.thidua.platform.persistence.BaseEntity;
import vn.thidua.platform.persistence.InstantConverter;
import vn.thidua.platform.time.Formats;

/**
 * A nomination dossier (hồ sơ đề nghị khen thưởng): a unit proposes a nominee for an award type, for an achievement
 * (a movement, or the year's work in general, over a period of years). It travels up the chain: {@code currentUnit}
 * holds it now, and {@code route} keeps every unit on its path, the units that may see it. Its content changes only
 * while it is a draft or returned; its state only through {@link NominationWorkflow}, applied by the service.
 */
@Entity
@Table(name = "nomination")
public class Nomination extends BaseEntity {

    /** The year the Front was founded: no achievement is older. */
    static final int FIRST_YEAR = 1930;
    static final int SUMMARY_LENGTH = 8000;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "nominee_id")
    private Nominee nominee;

    @ManyToOne(optional = false, fetch = FetchType.EAGER)
    @JoinColumn(name = "award_type_id")
    private AwardType awardType;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "proposing_unit_id")
    private OrgUnit proposingUnit;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "current_unit_id")
    private OrgUnit currentUnit;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private NominationState state = NominationState.DRAFT;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "movement_id")
    private Movement movement;

    @Column(name = "year_from", nullable = false)
    private int yearFrom;

    @Column(name = "year_to", nullable = false)
    private int yearTo;

    private String summary;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "decision_id")
    private Decision decision;

    private String reason;

    @Convert(converter = InstantConverter.class)
    @Column(name = "comment_until")
    private Instant commentUntil;

    @Column(name = "drafted_by", nullable = false)
    private String draftedBy;

    @Column(name = "last_changed_by", nullable = false)
    private String lastChangedBy;

    @Convert(converter = InstantConverter.class)
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Convert(converter = InstantConverter.class)
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Convert(converter = InstantConverter.class)
    @Column(name = "stage_since", nullable = false)
    private Instant stageSince;

    @Column(nullable = false)
    private boolean demo;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "nomination_route", joinColumns = @JoinColumn(name = "nomination_id"))
    @Column(name = "unit_id")
    private Set<Long> route = new HashSet<>();

    protected Nomination() {
    }

    public Nomination(Nominee nominee, OrgUnit proposingUnit, String user) {
        this.nominee = Objects.requireNonNull(nominee);
        this.proposingUnit = Objects.requireNonNull(proposingUnit);
        this.currentUnit = proposingUnit;
        this.draftedBy = user;
        this.lastChangedBy = user;
        this.createdAt = this.updatedAt = this.stageSince = Formats.now();
    }

    /** Sets what the dossier is for; only while the proposer may edit it. */
    public void describe(AwardType type, Movement movement, int yearFrom, int yearTo, String summary, String user) {
        requireEditable();
        if (yearFrom > yearTo || yearFrom < FIRST_YEAR || yearTo > Formats.today().getYear()) {
            throw new BusinessException("nomination.years.invalid", String.valueOf(yearFrom), String.valueOf(yearTo));
        }
        if (movement != null && (yearFrom < movement.getYearFrom() || yearTo > movement.getYearTo())) {
            throw new BusinessException("nomination.years.outsideMovement", movement.getCode(),
                    String.valueOf(movement.getYearFrom()), String.valueOf(movement.getYearTo()));
        }
        String text = summary == null || summary.isBlank() ? null : summary.strip();
        if (text != null && text.length() > SUMMARY_LENGTH) {
            throw new BusinessException("nomination.summary.tooLong", SUMMARY_LENGTH);
        }
        this.awardType = Objects.requireNonNull(type);
        this.movement = movement;
        this.yearFrom = yearFrom;
        this.yearTo = yearTo;
        this.summary = text;
        changedBy(user);
    }

    public void changeNominee(Nominee nominee, String user) {
        requireEditable();
        this.nominee = Objects.requireNonNull(nominee);
        changedBy(user);
    }

    /**
     * Takes a step of the workflow: the new state, the unit that holds it afterwards, and the comment (kept as the
     * reason when it is returned or rejected; a resubmission clears it).
     */
    void moveTo(NominationState to, OrgUnit holder, String comment, Instant now) {
        if (to == NominationState.RETURNED || to == NominationState.REJECTED) {
            reason = comment == null ? null : comment.strip();
        } else if (to == NominationState.SUBMITTED) {
            reason = null;
        }
        state = to;
        currentUnit = Objects.requireNonNull(holder);
        stageSince = now;
        updatedAt = now;
    }

    /** Public comment is open until {@code until} (set when the dossier enters PUBLIC_COMMENT). */
    void openComment(Instant until) {
        commentUntil = until;
    }

    void decidedBy(Decision decision) {
        this.decision = decision;
    }

    /** Adds units to the path: they (their role holders) may see the dossier from now on. */
    void addRoute(Collection<Long> unitIds) {
        route.addAll(unitIds);
    }

    public boolean isComplete() {
        return summary != null;
    }

    /** Whether {@code user} drafted the dossier or was the last to change its content. */
    public boolean draftedOrChangedBy(String user) {
        return user.equals(draftedBy) || user.equals(lastChangedBy);
    }

    private void requireEditable() {
        if (!state.isEditable()) {
            throw new BusinessException("nomination.notEditable");
        }
    }

    private void changedBy(String user) {
        lastChangedBy = user;
        updatedAt = Formats.now();
    }

    public void markDemo() {
        demo = true;
    }

    public Nominee getNominee() {
        return nominee;
    }

    public AwardType getAwardType() {
        return awardType;
    }

    public OrgUnit getProposingUnit() {
        return proposingUnit;
    }

    public OrgUnit getCurrentUnit() {
        return currentUnit;
    }

    public NominationState getState() {
        return state;
    }

    public Movement getMovement() {
        return movement;
    }

    public int getYearFrom() {
        return yearFrom;
    }

    public int getYearTo() {
        return yearTo;
    }

    public String getSummary() {
        return summary;
    }

    public Decision getDecision() {
        return decision;
    }

    public String getReason() {
        return reason;
    }

    public Instant getCommentUntil() {
        return commentUntil;
    }

    public String getDraftedBy() {
        return draftedBy;
    }

    public String getLastChangedBy() {
        return lastChangedBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public Instant getStageSince() {
        return stageSince;
    }

    public Set<Long> getRoute() {
        return Set.copyOf(route);
    }

    /** A file of the dossier was added or removed: a change of its content like any other. */
    void filesChangedBy(String user) {
        requireEditable();
        changedBy(user);
    }
}
