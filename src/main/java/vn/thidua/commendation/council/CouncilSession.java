package vn.thidua.commendation.council;

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
import java.time.LocalDate;
import java.util.Objects;
import vn.thidua.organization.OrgUnit;
import vn.thidua.platform.error.BusinessException;
import vn.thidua.platform.persistence.BaseEntity;
import vn.thidua.platform.persistence.InstantConverter;

/**
 * A meeting of a unit's council on a day, with an agenda of nominations (kept in council_agenda_item). Its members
 * are those of the council on that day. It takes votes while open; closing it, once, fixes the results and the
 * minutes.
 */
@Entity
@Table(name = "council_session")
public class CouncilSession extends BaseEntity {

    static final int TITLE_LENGTH = 300;
    static final int MINUTES_LENGTH = 8000;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "unit_id")
    private OrgUnit unit;

    @Column(nullable = false)
    private String title;

    @Column(name = "held_on", nullable = false)
    private LocalDate heldOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private SessionStatus status = SessionStatus.OPEN;

    private String minutes;

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    @Convert(converter = InstantConverter.class)
    @Column(name = "closed_at")
    private Instant closedAt;

    protected CouncilSession() {
    }

    public CouncilSession(OrgUnit unit, String title, LocalDate heldOn, String createdBy) {
        String text = title == null ? "" : title.strip();
        if (text.isEmpty()) {
            throw new BusinessException("council.session.titleRequired");
        }
        if (text.length() > TITLE_LENGTH) {
            throw new BusinessException("council.session.titleTooLong", TITLE_LENGTH);
        }
        if (heldOn == null) {
            throw new BusinessException("council.session.dateRequired");
        }
        this.unit = Objects.requireNonNull(unit);
        this.title = text;
        this.heldOn = heldOn;
        this.createdBy = createdBy;
    }

    /** Ends the voting: no ballot is taken after this. */
    void close(String minutesText, Instant now) {
        requireOpen();
        String text = minutesText == null || minutesText.isBlank() ? null : minutesText.strip();
        if (text != null && text.length() > MINUTES_LENGTH) {
            throw new BusinessException("council.session.minutesTooLong", MINUTES_LENGTH);
        }
        this.minutes = text;
        this.status = SessionStatus.CLOSED;
        this.closedAt = now;
    }

    void requireOpen() {
        if (status != SessionStatus.OPEN) {
            throw new BusinessException("council.session.closed", title);
        }
    }

    public boolean isOpen() {
        return status == SessionStatus.OPEN;
    }

    public OrgUnit getUnit() {
        return unit;
    }

    public String getTitle() {
        return title;
    }

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public SessionStatus getStatus() {
        return status;
    }

    public String getMinutes() {
        return minutes;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getClosedAt() {
        return closedAt;
    }
}
