package vn.thidua.organization;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.Objects;
import vn.thidua.platform.persistence.BaseEntity;

/**
 * Predecessor → successor. {@code partial}: only part of the predecessor went to this successor (a split).
 * {@code inheritsHistory}: this successor carries the predecessor's records in totals; exactly one link of a
 * predecessor does, so each historical record counts once.
 */
@Entity
@Table(name = "org_event_link")
public class OrgEventLink extends BaseEntity {

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "event_id")
    private OrgEvent event;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "predecessor_id")
    private OrgUnit predecessor;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "successor_id")
    private OrgUnit successor;

    @Column(name = "partial_transfer", nullable = false)
    private boolean partial;

    @Column(name = "inherits_history", nullable = false)
    private boolean inheritsHistory;

    protected OrgEventLink() {
    }

    OrgEventLink(OrgEvent event, OrgUnit predecessor, OrgUnit successor, boolean partial, boolean inheritsHistory) {
        this.event = Objects.requireNonNull(event);
        this.predecessor = Objects.requireNonNull(predecessor);
        this.successor = Objects.requireNonNull(successor);
        this.partial = partial;
        this.inheritsHistory = inheritsHistory;
    }

    void inheritHistory(boolean inherits) {
        this.inheritsHistory = inherits;
    }

    public OrgEvent getEvent() {
        return event;
    }

    public OrgUnit getPredecessor() {
        return predecessor;
    }

    public OrgUnit getSuccessor() {
        return successor;
    }

    public boolean isPartial() {
        return partial;
    }

    public boolean isInheritsHistory() {
        return inheritsHistory;
    }
}
