package vn.thidua.commendation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Objects;
import vn.thidua.commendation.eligibility.CaseKind;
import vn.thidua.platform.error.BusinessException;
import vn.thidua.platform.persistence.BaseEntity;

/** A discipline, inspection or complaint about a nominee; while it is pending the nominee is not awarded. */
@Entity
@Table(name = "nominee_case")
public class NomineeCase extends BaseEntity {

    public enum Status { PENDING, CLOSED }

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "nominee_id")
    private Nominee nominee;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CaseKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status = Status.PENDING;

    @Column(nullable = false)
    private String description;

    @Column(name = "opened_on", nullable = false)
    private LocalDate openedOn;

    @Column(name = "closed_on")
    private LocalDate closedOn;

    @Column(name = "recorded_by", nullable = false)
    private String recordedBy;

    @Column(name = "closed_by")
    private String closedBy;

    @Column(name = "closing_note")
    private String closingNote;

    protected NomineeCase() {
    }

    public NomineeCase(Nominee nominee, CaseKind kind, String description, LocalDate openedOn, String user) {
        this.nominee = Objects.requireNonNull(nominee);
        this.kind = Objects.requireNonNull(kind);
        if (description == null || description.isBlank()) {
            throw new BusinessException("nominee.case.descriptionRequired");
        }
        if (description.trim().length() > TEXT_LENGTH) {
            throw new BusinessException("nominee.case.tooLong", TEXT_LENGTH);
        }
        this.description = description.trim();
        this.openedOn = Objects.requireNonNull(openedOn);
        this.recordedBy = user;
    }

    public void close(LocalDate on) {
        status = Status.CLOSED;
        closedOn = on;
    }

    public Nominee getNominee() {
        return nominee;
    }

    public CaseKind getKind() {
        return kind;
    }

    public Status getStatus() {
        return status;
    }

    public String getDescription() {
        return description;
    }

    static final int TEXT_LENGTH = 1000;

    /** Closes the case on {@code on} (not before it was opened), with what came of it. */
    public void close(LocalDate on, String user, String note) {
        if (status == Status.CLOSED) {
            throw new BusinessException("nominee.case.closed");
        }
        if (on == null || on.isBefore(openedOn)) {
            throw new BusinessException("nominee.case.closedBeforeOpened", openedOn);
        }
        String text = note == null || note.isBlank() ? null : note.strip();
        if (text != null && text.length() > TEXT_LENGTH) {
            throw new BusinessException("nominee.case.tooLong", TEXT_LENGTH);
        }
        close(on);
        closedBy = user;
        closingNote = text;
    }

    NomineeView.CaseView view() {
        return new NomineeView.CaseView(getId(), getVersion(), kind, status, description, openedOn, closedOn,
                recordedBy, closedBy, closingNote);
    }
}
