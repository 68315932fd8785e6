package vn.thidua.result;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.thidua.identity.Role;
import vn.thidua.movement.Indicator;
import vn.thidua.movement.Movements;
import vn.thidua.movement.ResultsVersion;
import vn.thidua.platform.audit.AuditLog;
import vn.thidua.platform.error.BusinessException;
import vn.thidua.platform.error.NotFoundException;
import vn.thidua.platform.scope.Action;
import vn.thidua.platform.scope.Scope;

/**
 * Result reports: reading and entering a unit's values, and the workflow. A unit's officers and leaders (or those
 * of a unit above it) enter and submit; the officers and leaders of the level above approve, return with a reason,
 * or unapprove; a unit is approved only when all its reporting children are (DHIS2's rule), and approving it locks
 * their approvals. Every change keeps {@code result_total} right in the same transaction, with the movement row
 * locked so concurrent changes of one movement queue up. A report outside the caller's scope is "not found".
 */
@Stateless
public class ResultReportService {

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext context;

    @Inject
    private Scope scope;

    @Inject
    private Movements movements;

    @Inject
    private ReportLocator locator;

    @Inject
    private AuditLog audit;

    @RolesAllowed({Role.ADMIN_NAME, Role.LEADER_NAME, Role.OFFICER_NAME, Role.COUNCIL_MEMBER_NAME, Role.VIEWER_NAME})
    public ReportView view(String movementCode, String unitCode, String periodCode) {
        ReportContext at = locator.locate(movementCode, unitCode, periodCode);
        return view(at, find(at));
    }

    @RolesAllowed({Role.ADMIN_NAME, Role.LEADER_NAME, Role.OFFICER_NAME, Role.COUNCIL_MEMBER_NAME, Role.VIEWER_NAME})
    public ReportView view(long reportId) {
        ResultReport report = report(reportId);
        return view(locator.context(report), report);
    }

    /**
     * Saves typed values and notes, creating the report on first save. {@code version} is the version the user
     * loaded (null for a new report): if someone saved in between, nothing is saved and the user is told, so the
     * form can keep what they typed.
     */
    @RolesAllowed({Role.LEADER_NAME, Role.OFFICER_NAME})
    public ReportView save(String movementCode, String unitCode, String periodCode, Long version,
                           Map<String, ValueInput> values, String notes) {
        ReportContext at = locator.locate(movementCode, unitCode, periodCode);
        scope.check(Action.REPORT, at.unit().getId(), at.asOf());
        em.lock(at.movement(), LockModeType.PESSIMISTIC_WRITE);
        ResultReport report = find(at);
        if (report == null) {
            if (version != null) {
                throw new BusinessException("report.changed");
            }
            report = new ResultReport(at.movement(), at.unit(), at.period(), user());
            em.persist(report);
        } else if (version == null || report.getVersion() != version) {
            throw new BusinessException("report.changed");
        }
        List<String> before = new ArrayList<>();
        List<String> after = new ArrayList<>();
        ResultTotals totals = new ResultTotals(em);
        for (Map.Entry<String, ValueInput> entry : values.entrySet()) {
            Indicator indicator = movements.indicator(at.movement(), entry.getKey());
            ValueInput input = ValueRules.check(indicator, at.unit().getLevel().getId(), entry.getValue());
            ValueInput old = report.set(indicator, input, user());
            if (!old.equals(input)) {
                before.add(indicator.getCode() + "=" + old.display());
                after.add(indicator.getCode() + "=" + input.display());
                totals.add(at.ancestors(), indicator.getId(), at.period().getId(), amount(input) - amount(old),
                        yes(input) - yes(old), answered(input) - answered(old), false);
            }
        }
        String oldNotes = report.getNotes();
        report.setNotes(notes, user());
        if (!java.util.Objects.equals(oldNotes, report.getNotes())) {
            before.add("notes=" + (oldNotes == null ? "" : oldNotes));
            after.add("notes=" + (report.getNotes() == null ? "" : report.getNotes()));
        }
        em.flush();
        // Raised even when no value changed: a first save creates the report, which the reporting progress counts.
        ResultsVersion.changed(em, at.movement().getId());
        if (!after.isEmpty()) {
            audit.record("RESULT_VALUES_CHANGED", "ResultReport", report.getId(), String.join("; ", before),
                    String.join("; ", after));
        }
        return view(at, report);
    }

    @RolesAllowed({Role.LEADER_NAME, Role.OFFICER_NAME})
    public ReportView submit(long reportId, long version) {
        ResultReport report = forChange(reportId, version, false);
        ReportContext at = locator.context(report);
        report.submit(user());
        return transitioned(at, report, "RESULT_REPORT_SUBMITTED", null);
    }

    @RolesAllowed({Role.LEADER_NAME, Role.OFFICER_NAME})
    public ReportView approve(long reportId, long version) {
        ResultReport report = forChange(reportId, version, true);
        ReportContext at = locator.context(report);
        List<String> waiting = childrenNotApproved(at);
        if (!waiting.isEmpty()) {
            throw new BusinessException("report.approve.childrenFirst", String.join(", ", waiting));
        }
        report.approve(user());
        addApproved(at, report, 1);
        setChildren(at, true);
        if (at.ancestors().size() > 1 && parentApproved(at)) {
            report.lock();
        }
        return transitioned(at, report, "RESULT_REPORT_APPROVED", null);
    }

    @RolesAllowed({Role.LEADER_NAME, Role.OFFICER_NAME})
    public ReportView returnReport(long reportId, long version, String reason) {
        ResultReport report = forChange(reportId, version, true);
        ReportContext at = locator.context(report);
        report.returnWithReason(reason, user());
        return transitioned(at, report, "RESULT_REPORT_RETURNED", reason);
    }

    @RolesAllowed({Role.LEADER_NAME, Role.OFFICER_NAME})
    public ReportView unapprove(long reportId, long version) {
        ResultReport report = forChange(reportId, version, true);
        ReportContext at = locator.context(report);
        report.unapprove(user());
        addApproved(at, report, -1);
        setChildren(at, false);
        return transitioned(at, report, "RESULT_REPORT_UNAPPROVED", null);
    }

    @RolesAllowed({Role.LEADER_NAME, Role.OFFICER_NAME})
    public AttachmentInfo attach(long reportId, String fileName, byte[] content) {
        ResultReport report = report(reportId);
        ReportContext at = locator.context(report);
        scope.check(Action.REPORT, at.unit().getId(), at.asOf());
        if (!report.getStatus().isEditable()) {
            throw new BusinessException("report.notEditable");
        }
        String name = EvidenceFiles.safeName(fileName);
        ReportAttachment attachment = new ReportAttachment(report, name, EvidenceFiles.check(name, content), content,
                user());
        em.persist(attachment);
        em.flush();
        audit.record("REPORT_ATTACHMENT_ADDED", "ResultReport", report.getId(), null, name);
        return new AttachmentInfo(attachment.getId(), name, attachment.getContentType(), content.length,
                Instant.now(), user());
    }

    @RolesAllowed({Role.LEADER_NAME, Role.OFFICER_NAME})
    public void removeAttachment(long attachmentId) {
        ReportAttachment attachment = attachment(attachmentId);
        ReportContext at = locator.context(attachment.getReport());
        scope.check(Action.REPORT, at.unit().getId(), at.asOf());
        if (!attachment.getReport().getStatus().isEditable()) {
            throw new BusinessException("report.notEditable");
        }
        em.remove(attachment);
        audit.record("REPORT_ATTACHMENT_REMOVED", "ResultReport", attachment.getReport().getId(),
                attachment.getFileName(), null);
    }

    @RolesAllowed({Role.ADMIN_NAME, Role.LEADER_NAME, Role.OFFICER_NAME, Role.COUNCIL_MEMBER_NAME, Role.VIEWER_NAME})
    public ReportAttachment download(long attachmentId) {
        ReportAttachment attachment = attachment(attachmentId);
        em.detach(attachment);
        return attachment;
    }

    private ReportAttachment attachment(long attachmentId) {
        ReportAttachment attachment = em.find(ReportAttachment.class, attachmentId);
        if (attachment == null) {
            throw new NotFoundException("attachment.notFound", attachmentId);
        }
        locator.context(attachment.getReport());
        return attachment;
    }

    private ReportView transitioned(ReportContext at, ResultReport report, String action, String reason) {
        em.flush();
        ResultsVersion.changed(em, at.movement().getId());
        audit.record(action, "ResultReport", report.getId(), null,
                report.getStatus() + (reason == null ? "" : " | " + reason));
        return view(at, report);
    }

    /** Adds (sign 1) or removes (sign -1) the report's values to the approved totals. */
    private void addApproved(ReportContext at, ResultReport report, int sign) {
        ResultTotals totals = new ResultTotals(em);
        for (ResultValue value : report.getValues()) {
            totals.add(at.ancestors(), value.getIndicator().getId(), at.period().getId(),
                    sign * amount(value.input()), sign * yes(value.input()), sign * answered(value.input()), true);
        }
    }

    private void setChildren(ReportContext at, boolean lock) {
        for (ResultReport child : childReports(at)) {
            if (lock) {
                child.lock();
            } else {
                child.unlock();
            }
        }
    }

    private boolean parentApproved(ReportContext at) {
        return em.createQuery("select r from ResultReport r where r.movement = :m and r.period = :p"
                        + " and r.unit.id = :u", ResultReport.class)
                .setParameter("m", at.movement()).setParameter("p", at.period())
                .setParameter("u", at.approverUnitId()).getResultStream()
                .anyMatch(r -> r.getStatus().isApproved());
    }

    private List<ResultReport> childReports(ReportContext at) {
        return em.createQuery("select r from ResultReport r, OrgUnitVersion v where r.movement = :m"
                        + " and r.period = :p and v.unit = r.unit and v.parent = :u and v.validFrom <= :d"
                        + " and (v.validTo is null or v.validTo > :d)", ResultReport.class)
                .setParameter("m", at.movement()).setParameter("p", at.period()).setParameter("u", at.unit())
                .setParameter("d", at.asOf()).getResultList();
    }

    /** The codes of the children that report in this movement and have no approved report. */
    private List<String> childrenNotApproved(ReportContext at) {
        return children(at).stream().filter(c -> c.status() == null || !c.status().isApproved())
                .map(ReportView.ChildStatus::unitCode).toList();
    }

    /** The unit's children on as_of that report in the movement, with their reports' states. */
    private List<ReportView.ChildStatus> children(ReportContext at) {
        return new ReportChildren(em).of(at.movement(), at.period(), at.unit().getId()).stream()
                .map(c -> new ReportView.ChildStatus(c.code(), c.name(), c.status())).toList();
    }

    private ReportView view(ReportContext at, ResultReport report) {
        List<IndicatorInfo> infos = at.movement().getIndicators().stream().map(IndicatorInfo::of).toList();
        // What the units below entered, for those who may see results not yet approved; approved results otherwise.
        boolean enter = scope.covers(Action.REPORT, at.unit().getId(), at.asOf());
        List<IndicatorValue> rollups = new Rollups(em).compute(List.of(at.unit().getId()), infos,
                List.of(PeriodInfo.of(at.period())), !enter).get(at.unit().getId());
        List<ReportView.Line> lines = new ArrayList<>();
        for (int i = 0; i < infos.size(); i++) {
            Indicator indicator = at.movement().getIndicators().get(i);
            boolean typed = ValueRules.typedAt(indicator, at.unit().getLevel().getId());
            ValueInput value = report == null ? ValueInput.EMPTY
                    : report.value(indicator).map(ResultValue::input).orElse(ValueInput.EMPTY);
            lines.add(new ReportView.Line(infos.get(i), typed, value, rollups.get(i)));
        }
        ReportStatus status = report == null ? ReportStatus.DRAFT : report.getStatus();
        boolean approver = report != null && scope.covers(Action.REPORT, at.approverUnitId(), at.asOf());
        ReportView.Permissions can = new ReportView.Permissions(enter && status.isEditable(),
                enter && report != null && status.isEditable(), approver && status == ReportStatus.SUBMITTED,
                approver && status == ReportStatus.SUBMITTED, approver && status == ReportStatus.APPROVED);
        List<AttachmentInfo> files = report == null ? List.of() : em.createQuery("select new vn.thidua.result"
                        + ".AttachmentInfo(a.id, a.fileName, a.contentType, a.sizeBytes, a.uploadedAt, a.uploadedBy)"
                        + " from ReportAttachment a where a.report = :r order by a.id", AttachmentInfo.class)
                .setParameter("r", report).getResultList();
        return new ReportView(report == null ? null : report.getId(), report == null ? 0 : report.getVersion(),
                at.movement().getCode(), at.movement().getName(), at.unit().getCode(), at.unit().nameOn(at.asOf()),
                at.unit().getLevel().getCode(), at.period().getCode(), status,
                report == null ? null : report.getNotes(), report == null ? null : report.getReturnReason(),
                report == null ? null : report.getUpdatedAt(), report == null ? null : report.getUpdatedBy(),
                lines, can, children(at), files);
    }

    private static long amount(ValueInput value) {
        return value.amount() == null ? 0 : value.amount();
    }

    private static int answered(ValueInput value) {
        return value.isEmpty() ? 0 : 1;
    }

    private static int yes(ValueInput value) {
        return Boolean.TRUE.equals(value.flag()) ? 1 : 0;
    }

    private ResultReport find(ReportContext at) {
        return em.createQuery("select r from ResultReport r where r.movement = :m and r.unit = :u and r.period = :p",
                        ResultReport.class).setParameter("m", at.movement()).setParameter("u", at.unit())
                .setParameter("p", at.period()).getResultStream().findFirst().orElse(null);
    }

    private ResultReport report(long reportId) {
        ResultReport report = em.find(ResultReport.class, reportId);
        if (report == null) {
            throw new NotFoundException("report.notFound", reportId, "", "");
        }
        return report;
    }

    /**
     * The report to change, after checking that the caller may (the unit's side, or the approving level's), with
     * the movement locked, and refused if it changed since the caller read {@code version}.
     */
    private ResultReport forChange(long reportId, long version, boolean approving) {
        ResultReport report = report(reportId);
        ReportContext at = locator.context(report);
        scope.check(Action.REPORT, approving ? at.approverUnitId() : at.unit().getId(), at.asOf());
        em.lock(report.getMovement(), LockModeType.PESSIMISTIC_WRITE);
        em.refresh(report);
        if (report.getVersion() != version) {
            throw new BusinessException("report.changed");
        }
        return report;
    }

    private String user() {
        return context.getCallerPrincipal().getName();
    }
}
