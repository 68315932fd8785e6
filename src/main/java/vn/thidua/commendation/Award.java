package vn.thidua.commendation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import vn.thidua.movement.Movement;
import vn.thidua.organization.OrgUnit;
import vn.thidua.platform.persistence.BaseEntity;

/**
 * An entry of the award registry (sổ vàng): a nominee received an award type by a decision, for the achievement of
 * a period (in a movement, or the year's work in general). {@code year} is the achievement's last year; {@code unit}
 * the unit that proposed it. The recipient's name and job title, the award type's names and the movement's name are
 * kept as they were when it was granted: the registry lists the award as its decision and certificate read, whatever
 * is renamed or corrected later.
 */
@Entity
@Table(name = "award")
public class Award extends BaseEntity {

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "nominee_id")
    private Nominee nominee;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "award_type_id")
    private AwardType awardType;

    @Column(name = "award_year", nullable = false)
    private int year;

    @Column(name = "period_from", nullable = false)
    private int periodFrom;

    @Column(name = "period_to", nullable = false)
    private int periodTo;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "decision_id")
    private Decision decision;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "unit_id")
    private OrgUnit unit;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "movement_id")
    private Movement movement;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "nomination_id")
    private Nomination nomination;

    @Column(name = "recipient_name", nullable = false)
    private String recipientName;

    @Column(name = "recipient_name_search", nullable = false)
    private String recipientNameSearch;

    @Column(name = "job_title")
    private String jobTitle;

    @Column(name = "award_type_name_vi", nullable = false)
    private String awardTypeNameVi;

    @Column(name = "award_type_name_en", nullable = false)
    private String awardTypeNameEn;

    @Column(name = "movement_name")
    private String movementName;

    @Column(nullable = false)
    private boolean demo;

    protected Award() {
    }

    /** The award a decided nomination grants. */
    static Award of(Nomination nomination, Decision decision) {
        Award award = new Award(nomination.getNominee(), nomination.getAwardType(), nomination.getYearFrom(),
                nomination.getYearTo(), decision, nomination.getProposingUnit(), nomination.getMovement());
        award.nomination = nomination;
        return award;
    }

    /** An award of the registry (decided here, or recorded from the past). */
    public Award(Nominee nominee, AwardType awardType, int periodFrom, int periodTo, Decision decision, OrgUnit unit,
                 Movement movement) {
        this.nominee = nominee;
        this.awardType = awardType;
        this.year = periodTo;
        this.periodFrom = periodFrom;
        this.periodTo = periodTo;
        this.decision = decision;
        this.unit = unit;
        this.movement = movement;
        this.recipientName = nominee.getName();
        this.recipientNameSearch = nominee.getNameSearch();
        this.jobTitle = nominee.getJobTitle();
        this.awardTypeNameVi = awardType.getNameVi();
        this.awardTypeNameEn = awardType.getNameEn();
        this.movementName = movement == null ? null : movement.getName();
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

    public int getYear() {
        return year;
    }

    public Decision getDecision() {
        return decision;
    }

    public OrgUnit getUnit() {
        return unit;
    }

    public Movement getMovement() {
        return movement;
    }

    public int getPeriodFrom() {
        return periodFrom;
    }

    public int getPeriodTo() {
        return periodTo;
    }
}
