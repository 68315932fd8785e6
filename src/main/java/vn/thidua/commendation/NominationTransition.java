package vn.thidua.commendation;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import vn.thidua.organization.OrgUnit;
import vn.thidua.platform.persistence.BaseEntity;
import vn.thidua.platform.persistence.InstantConverter;

/** One step of a nomination's history: who did what, in the name of which unit, with what comment, when. */
@Entity
@Table(name = "nomination_transition")
public class NominationTransition extends BaseEntity {

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "nomination_id")
    private Nomination nomination;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_state", nullable = false)
    private NominationState fromState;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_state", nullable = false)
    private NominationState toState;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private NominationAction action;

    @Column(nullable = false)
    private String actor;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "unit_id")
    private OrgUnit unit;

    @Column(name = "comment_text")
    private String comment;

    @Convert(converter = InstantConverter.class)
    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    protected NominationTransition() {
    }

    NominationTransition(Nomination nomination, NominationState fromState, NominationAction action, String actor,
                         OrgUnit unit, String comment, Instant occurredAt) {
        this.nomination = nomination;
        this.fromState = fromState;
        this.toState = nomination.getState();
        this.action = action;
        this.actor = actor;
        this.unit = unit;
        this.comment = comment == null || comment.isBlank() ? null : comment.strip();
        this.occurredAt = occurredAt;
    }
}
