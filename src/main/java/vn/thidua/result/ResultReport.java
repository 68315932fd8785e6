package vn.thidua.result;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.thidua.movement.Indicator;
import vn.thidua.movement.Movement;
import vn.thidua.movement.ReportingPeriod;
import vn.thidua.organization.OrgUnit;
import vn.thidua.platform.error.BusinessException;
import vn.thidua.platform.persistence.BaseEntity;
import vn.thidua.platform.persistence.InstantConverter;

/**
 * A unit's results for one movement and period, and where they are in the workflow (see {@link ReportStatus}).
 * The entity refuses every transition its state does not allow; who may ask is the service's business.
 */
@Entity
@Table(name = "result_report")
public class ResultReport extends BaseEntity {

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "movement_id")
    private Movement movement;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "unit_id")
    private OrgUnit unit;

    @ManyToOne(optional = false, fetch = FetchType.EAGER)
    @JoinColumn(name = "period_id")
    private ReportingPeriod period;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ReportStatus status = ReportStatus.DRAFT;

    private String notes;

    @Column(name = "return_reason")
    private String returnReason;

    @Convert(converter = InstantConverter.class)
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", nullable = false)
    private String updatedBy;

    @Convert(converter = InstantConverter.class)
    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "submitted_by")
    private String submittedBy;

    @Convert(converter = InstantConverter.class)
    @Column(name = "approved_at")
    private Instant approvedAt;

    @Column(name = "approved_by")
    private String approvedBy;

    @OneToMany(mappedBy = "report", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<ResultValue> values = new ArrayList<>();

    protected ResultReport() {
    }

    public ResultReport(Movement movement, OrgUnit unit, ReportingPeriod period, String user) {
        this.movement = movement;
        this.unit = unit;
        this.period = period;
        touch(user);
    }

    public Optional<ResultValue> value(Indicator indicator) {
        return values.stream().filter(v -> v.getIndicator().equals(indicator)).findFirst();
    }

    /** Sets one value of an editable report; answers the value before (empty when there was none). */
    ValueInput set(Indicator indicator, ValueInput input, String user) {
        requireEditable();
        ResultValue value = value(indicator).orElseGet(() -> {
            ResultValue created = new ResultValue(this, indicator);
            values.add(created);
            return created;
        });
        ValueInput before = value.input();
        if (value.set(input)) {
            touch(user);
        }
        return before;
    }

    void setNotes(String notes, String user) {
        requireEditable();
        String cleaned = notes == null || notes.isBlank() ? null : notes.trim();
        if (!java.util.Objects.equals(cleaned, this.notes)) {
            this.notes = cleaned;
            touch(user);
        }
    }

    void submit(String user) {
        requireEditable();
        status = ReportStatus.SUBMITTED;
        submittedAt = Instant.now();
        submittedBy = user;
        touch(user);
    }

    void approve(String user) {
        require(ReportStatus.SUBMITTED, "report.approve.notSubmitted");
        status = ReportStatus.APPROVED;
        approvedAt = Instant.now();
        approvedBy = user;
        returnReason = null;
        touch(user);
    }

    void returnWithReason(String reason, String user) {
        require(ReportStatus.SUBMITTED, "report.return.notSubmitted");
        if (reason == null || reason.isBlank()) {
            throw new BusinessException("report.return.reasonRequired");
        }
        status = ReportStatus.RETURNED;
        returnReason = reason.trim();
        touch(user);
    }

    void unapprove(String user) {
        if (status == ReportStatus.LOCKED) {
            throw new BusinessException("report.unapprove.locked");
        }
        require(ReportStatus.APPROVED, "report.unapprove.notApproved");
        status = ReportStatus.DRAFT;
        approvedAt = null;
        approvedBy = null;
        touch(user);
    }

    /** The parent's report was approved: this approval can no longer be undone on its own. */
    void lock() {
        if (status == ReportStatus.APPROVED) {
            status = ReportStatus.LOCKED;
        }
    }

    /** The parent's report was unapproved: this approval may be undone again. */
    void unlock() {
        if (status == ReportStatus.LOCKED) {
            status = ReportStatus.APPROVED;
        }
    }

    /** Marks a report loaded as already approved (demo data and imports of past years). */
    void approvedOnLoad(String user) {
        status = ReportStatus.APPROVED;
        submittedAt = approvedAt = Instant.now();
        submittedBy = approvedBy = user;
    }

    private void require(ReportStatus expected, String key) {
        if (status != expected) {
            throw new BusinessException(key);
        }
    }

    private void requireEditable() {
        if (!status.isEditable()) {
            throw new BusinessException("report.notEditable");
        }
    }

    private void touch(String user) {
        updatedAt = Instant.now();
        updatedBy = user;
    }

    public Movement getMovement() {
        return movement;
    }

    public OrgUnit getUnit() {
        return unit;
    }

    public ReportingPeriod getPeriod() {
        return period;
    }

    public ReportStatus getStatus() {
        return status;
    }

    public String getNotes() {
        return notes;
    }

    public String getReturnReason() {
        return returnReason;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public String getSubmittedBy() {
        return submittedBy;
    }

    public Instant getApprovedAt() {
        return approvedAt;
    }

    public String getApprovedBy() {
        return approvedBy;
    }

    public List<ResultValue> getValues() {
        return values;
    }
}
