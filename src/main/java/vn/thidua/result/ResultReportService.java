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
import vn.thidua.movement.Movement;
import vn.thidua.movement.Movements;
import vn.thidua.movement.ReportingPeriod;
import vn.thidua.movement.ReportingPeriods;
import vn.thidua.organization.OrgUnit;
import vn.thidua.organization.OrgUnits;
import vn.thidua.platform.audit.AuditLog;
import vn.thidua.platform.error.BusinessException;
import vn.thidua.platform.error.NotFoundException;
import vn.thidua.platform.persistence.Rows;
import vn.thidua.platform.scope.Action;
import vn.thidua.platform.scope.Scope;
import vn.thidua.platform.time.Validity;

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
    private OrgUnits orgUnits;

    @Inject
    private Movements movements;

    @Inject
    private ReportingPeriods periods;

    @Inject
    private AuditLog audit;

    @RolesAllowed({Role.ADMIN_NAME, Role.LEADER_NAME, Role.OFFICER_NAME, Role.COUNCIL_MEMBER_NAME, Role.VIEWER_NAME})
    public ReportView view(String movementCode, String unitCode, String periodCode) {
        ReportContext at = locate(movementCode, unitCode, periodCode);
        return view(at, find(at));
    }

    @RolesAllowed({Role.ADMIN_NAME, Role.LEADER_NAME, Role.OFFICER_NAME, Role.COUNCIL_MEMBER_NAME, Role.VIEWER_NAME})
    public ReportView view(long reportId) {
        ResultReport report = report(reportId);
        return view(context(report), report);
    }

    /**
     * Saves typed values and notes, creating the report on first save. {@code version} is the version the user
     * loaded (null for a new report): if someone saved in between, nothing is saved and the user is told, so the
     * form can keep what they typed.
     */
    @RolesAllowed({Role.LEADER_NAME, Role.OFFICER_NAME})
    public ReportView save(String movementCode, String unitCode, String periodCode, Long version,
                           Map<String, ValueInput> values, String notes) {
        ReportContext at = locate(movementCode, unitCode, periodCode);
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
            ValueInput input = validate(indicator, at.unit(), entry.getValue());
            ValueInput old = report.set(indicator, input, user());
            if (!old.equals(input)) {
                before.add(indicator.getCode() + "=" + old.display());
                after.add(indicator.getCode() + "=" + input.display());
                totals.add(at.ancestors(), indicator.getId(), at.period().getId(), amount(input) - amount(old),
                        yes(input) - yes(old), false);
            }
        }
        String oldNotes = report.getNotes();
        report.setNotes(notes, user());
        if (!java.util.Objects.equals(oldNotes, report.getNotes())) {
            before.add("notes=" + (oldNotes == null ? "" : oldNotes));
            after.add("notes=" + (report.getNotes() == null ? "" : report.getNotes()));
        }
        em.flush();
        if (!after.isEmpty()) {
            audit.record("RESULT_VALUES_CHANGED", "ResultReport", report.getId(), String.join("; ", before),
                    String.join("; ", after));
        }
        return view(at, report);
    }

    @RolesAllowed({Role.LEADER_NAME, Role.OFFICER_NAME})
    public ReportView submit(long reportId, long version) {
        ResultReport report = forChange(reportId, version, false);
        ReportContext at = context(report);
        report.submit(user());
        return transitioned(at, report, "RESULT_REPORT_SUBMITTED", null);
    }

    @RolesAllowed({Role.LEADER_NAME, Role.OFFICER_NAME})
    public ReportView approve(long reportId, long version) {
        ResultReport report = forChange(reportId, version, true);
        ReportContext at = context(report);
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
        ReportContext at = context(report);
        report.returnWithReason(reason, user());
        return transitioned(at, report, "RESULT_REPORT_RETURNED", reason);
    }

    @RolesAllowed({Role.LEADER_NAME, Role.OFFICER_NAME})
    public ReportView unapprove(long reportId, long version) {
        ResultReport report = forChange(reportId, version, true);
        ReportContext at = context(report);
        report.unapprove(user());
        addApproved(at, report, -1);
        setChildren(at, false);
        return transitioned(at, report, "RESULT_REPORT_UNAPPROVED", null);
    }

    @RolesAllowed({Role.LEADER_NAME, Role.OFFICER_NAME})
    public AttachmentInfo attach(long reportId, String fileName, byte[] content) {
        ResultReport report = report(reportId);
        ReportContext at = context(report);
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
        ReportContext at = context(attachment.getReport());
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
        context(attachment.getReport());
        return attachment;
    }

    private ReportView transitioned(ReportContext at, ResultReport report, String action, String reason) {
        em.flush();
        audit.record(action, "ResultReport", report.getId(), null,
                report.getStatus() + (reason == null ? "" : " | " + reason));
        return view(at, report);
    }

    /** Adds (sign 1) or removes (sign -1) the report's values to the approved totals. */
    private void addApproved(ReportContext at, ResultReport report, int sign) {
        ResultTotals totals = new ResultTotals(em);
        for (ResultValue value : report.getValues()) {
            totals.add(at.ancestors(), value.getIndicator().getId(), at.period().getId(),
                    sign * amount(value.input()), sign * yes(value.input()), true);
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
        List<?> rows = em.createNativeQuery("SELECT c.code, v.name, r.status FROM org_unit_version v"
                        + " JOIN org_unit c ON c.id = v.unit_id JOIN org_level l ON l.id = c.level_id"
                        + " LEFT JOIN result_report r ON r.unit_id = c.id AND r.movement_id = ?2 AND r.period_id = ?3"
                        + " WHERE v.parent_id = ?4 AND " + Validity.sql("v", 1) + " AND l.rank_order <= ?5"
                        + " ORDER BY v.name_search, c.code")
                .setParameter(1, at.asOf()).setParameter(2, at.movement().getId())
                .setParameter(3, at.period().getId()).setParameter(4, at.unit().getId())
                .setParameter(5, deepestRank(at.movement())).getResultList();
        return rows.stream().map(row -> (Object[]) row).map(r -> new ReportView.ChildStatus(Rows.text(r[0]),
                Rows.text(r[1]), r[2] == null ? null : ReportStatus.valueOf(Rows.text(r[2])))).toList();
    }

    private static int deepestRank(Movement movement) {
        return movement.getIndicators().stream().mapToInt(i -> i.getEntryLevel().getRank()).max().orElse(0);
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
            boolean typed = indicator.getKind().isTyped() && indicator.getEntryLevel().equals(at.unit().getLevel());
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

    private ValueInput validate(Indicator indicator, OrgUnit unit, ValueInput input) {
        ValueInput value = input == null ? ValueInput.EMPTY : input;
        if (value.isEmpty()) {
            return ValueInput.EMPTY;
        }
        if (!indicator.getKind().isTyped() || !indicator.getEntryLevel().equals(unit.getLevel())) {
            throw new BusinessException("report.value.notEntered", indicator.getNameVi());
        }
        return switch (indicator.getKind()) {
            case COUNT, MONEY -> {
                if (value.amount() == null) {
                    throw new BusinessException("report.value.number", indicator.getNameVi());
                }
                if (value.amount() < 0) {
                    throw new BusinessException("report.value.negative", indicator.getNameVi());
                }
                yield ValueInput.amount(value.amount());
            }
            case YES_NO -> {
                if (value.flag() == null) {
                    throw new BusinessException("report.value.yesNo", indicator.getNameVi());
                }
                yield ValueInput.flag(value.flag());
            }
            case TEXT -> {
                String text = value.text() == null ? "" : value.text().trim();
                if (text.length() > 2000) {
                    throw new BusinessException("report.value.tooLong", indicator.getNameVi(), "2000");
                }
                yield text.isEmpty() ? ValueInput.EMPTY : new ValueInput(null, null, text);
            }
            case COVERAGE -> throw new BusinessException("report.value.notEntered", indicator.getNameVi());
        };
    }

    private static long amount(ValueInput value) {
        return value.amount() == null ? 0 : value.amount();
    }

    private static int yes(ValueInput value) {
        return Boolean.TRUE.equals(value.flag()) ? 1 : 0;
    }

    /** The movement, period and unit named, checked to belong together and to be within the caller's scope. */
    private ReportContext locate(String movementCode, String unitCode, String periodCode) {
        Movement movement = movements.find(movementCode);
        ReportingPeriod period = periods.find(periodCode);
        if (!movement.covers(period)) {
            throw new BusinessException("report.period.outside", period.getCode(), movement.getCode());
        }
        OrgUnit unit = orgUnits.find(unitCode, period.getAsOf())
                .orElseThrow(() -> new NotFoundException("org.unit.notFound", unitCode, period.getAsOf()));
        ReportContext at = new ReportContext(movement, unit, period,
                new ResultTotals(em).ancestors(unit.getId(), period.getAsOf()));
        if (!scope.covers(Action.READ, unit.getId(), period.getAsOf())) {
            throw new NotFoundException("report.notFound", movementCode, unitCode, periodCode);
        }
        if (!at.ancestors().contains(movement.getParticipantRoot().getId())
                || unit.getLevel().getRank() > deepestRank(movement)) {
            throw new BusinessException("report.unit.notParticipating", unitCode, movement.getCode());
        }
        return at;
    }

    private ReportContext context(ResultReport report) {
        ReportingPeriod period = report.getPeriod();
        ReportContext at = new ReportContext(report.getMovement(), report.getUnit(), period,
                new ResultTotals(em).ancestors(report.getUnit().getId(), period.getAsOf()));
        if (!scope.covers(Action.READ, report.getUnit().getId(), period.getAsOf())) {
            throw new NotFoundException("report.notFound", report.getId(), "", "");
        }
        return at;
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
        ReportContext at = context(report);
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
