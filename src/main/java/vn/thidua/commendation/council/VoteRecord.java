package vn.thidua.commendation.council;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import vn.thidua.platform.persistence.BaseEntity;

/**
 * That a member has voted on a nomination in a session, and nothing about how: the choice is a ballot of its own,
 * with nothing that leads back here. {@code written}: an absent member's written vote, entered by the secretary
 * {@code recordedBy}.
 */
@Entity
@Table(name = "vote_record")
class VoteRecord extends BaseEntity {

    @Column(name = "session_id", nullable = false)
    private long sessionId;

    @Column(name = "nomination_id", nullable = false)
    private long nominationId;

    @Column(name = "member_id", nullable = false)
    private long memberId;

    @Column(nullable = false)
    private boolean written;

    @Column(name = "recorded_by", nullable = false)
    private String recordedBy;

    protected VoteRecord() {
    }

    VoteRecord(long sessionId, long nominationId, long memberId, boolean written, String recordedBy) {
        this.sessionId = sessionId;
        this.nominationId = nominationId;
        this.memberId = memberId;
        this.written = written;
        this.recordedBy = recordedBy;
    }
}
