package vn.thidua.result;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.thidua.identity.Role;
import vn.thidua.movement.Indicator;
import vn.thidua.movement.IndicatorKind;
import vn.thidua.movement.Movement;
import vn.thidua.organization.ImportProblem;
import vn.thidua.organization.OrgUnits;
import vn.thidua.platform.error.BusinessException;
import vn.thidua.platform.scope.Action;
import vn.thidua.platform.scope.Scope;
import vn.thidua.result.excel.TemplateReader;

/**
 * Result reports through an Excel template: a unit's template lists its children that report in the movement, with
 * their current values for a period and a column for each indicator they type. Uploading it back saves the report
 * of every row that changed, through {@link ResultReportService#save} (the same rules, totals and audit as the
 * form) and in one transaction; when any row is wrong — an unknown unit or one that is not a child, a value the
 * rules refuse, a report that can no longer be changed, a unit the caller may not report for — nothing is saved and
 * every problem is listed by row.
 */
@Stateless
public class ResultImportService {

    private record Planned(int row, ReportChildren.Child child, ResultReport report, Map<String, ValueInput> values) {
    }

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext context;

    @Inject
    private Scope scope;

    @Inject
    private OrgUnits orgUnits;

    @Inject
    private ReportLocator locator;

    @EJB
    private ResultReportService reports;

    @RolesAllowed({Role.ADMIN_NAME, Role.LEADER_NAME, Role.OFFICER_NAME, Role.COUNCIL_MEMBER_NAME, Role.VIEWER_NAME})
    public ReportSheet template(String movementCode, String unitCode, String periodCode) {
        ReportContext at = locator.locate(movementCode, unitCode, periodCode);
        List<ReportChildren.Child> children = new ReportChildren(em).of(at.movement(), at.period(), at.unit().getId());
        List<ReportSheet.Column> columns = new ArrayList<>();
        Map<Long, String> levels = children.stream().collect(Collectors.toMap(ReportChildren.Child::levelId,
                ReportChildren.Child::levelCode, (a, b) -> a));
        for (Indicator indicator : at.movement().getIndicators()) {
            levels.forEach((levelId, levelCode) -> {
                if (ValueRules.typedAt(indicator, levelId)) {
                    columns.add(new ReportSheet.Column(IndicatorInfo.of(indicator), levelCode));
                }
            });
        }
        Map<Long, ResultReport> existing = existing(at, children);
        List<ReportSheet.Line> lines = new ArrayList<>();
        for (ReportChildren.Child child : children) {
            ResultReport report = existing.get(child.unitId());
            Map<String, ValueInput> values = new HashMap<>();
            for (Indicator indicator : at.movement().getIndicators()) {
                if (report != null && ValueRules.typedAt(indicator, child.levelId())) {
                    values.put(indicator.getCode(), current(report, indicator));
                }
            }
            lines.add(new ReportSheet.Line(child.code(), child.name(), child.levelCode(), child.status(), values));
        }
        return new ReportSheet(at.movement().getCode(), at.movement().getName(), at.unit().getCode(),
                at.unit().nameOn(at.asOf()), at.period().getCode(), columns, lines);
    }

    /** Reads a filled template of the unit and period and saves all its changed rows, or nothing. */
    @RolesAllowed({Role.LEADER_NAME, Role.OFFICER_NAME})
    public TemplateImport importTemplate(String movementCode, String unitCode, String periodCode, byte[] content) {
        ReportContext at = locator.locate(movementCode, unitCode, periodCode);
        Map<String, Indicator> typed = at.movement().getIndicators().stream().filter(i -> i.getKind().isTyped())
                .collect(Collectors.toMap(Indicator::getCode, Function.identity(), (a, b) -> a, LinkedHashMap::new));
        Map<String, IndicatorKind> kinds = new LinkedHashMap<>();
        typed.forEach((code, indicator) -> kinds.put(code, indicator.getKind()));
        TemplateReader.Result file = TemplateReader.read(content == null ? new byte[0] : content, kinds);
        List<ImportProblem> problems = new ArrayList<>(file.problems());
        if (problems.isEmpty() && !file.isFor(at.movement().getCode(), at.unit().getCode(), at.period().getCode())) {
            problems.add(ImportProblem.of(1, "excel.import.otherTemplate", file.movementCode(), file.unitCode(),
                    file.periodCode()));
        }
        if (!problems.isEmpty()) {
            return new TemplateImport(file.rows().size(), 0, problems);
        }
        em.lock(at.movement(), LockModeType.PESSIMISTIC_WRITE);
        List<ReportChildren.Child> children = new ReportChildren(em).of(at.movement(), at.period(), at.unit().getId());
        Map<String, ReportChildren.Child> byCode = children.stream().collect(Collectors.toMap(
                ReportChildren.Child::code, Function.identity(), (a, b) -> a));
        Map<Long, ResultReport> existing = existing(at, children);
        boolean mayReportAll = scope.covers(Action.REPORT, at.unit().getId(), at.asOf());
        Map<String, Integer> seen = new HashMap<>();
        List<Planned> planned = new ArrayList<>();
        for (TemplateReader.Row row : file.rows()) {
            Integer earlier = seen.putIfAbsent(row.unitCode(), row.number());
            ReportChildren.Child child = byCode.get(row.unitCode());
            if (row.unitCode().isEmpty()) {
                problems.add(ImportProblem.of(row.number(), "excel.import.unitRequired"));
            } else if (earlier != null) {
                problems.add(ImportProblem.of(row.number(), "excel.import.unitDuplicate", row.unitCode(),
                        String.valueOf(earlier)));
            } else if (child == null) {
                problems.add(orgUnits.find(row.unitCode(), at.asOf()).isPresent()
                        ? ImportProblem.of(row.number(), "excel.import.notChild", row.unitCode(),
                        at.unit().nameOn(at.asOf()))
                        : ImportProblem.of(row.number(), "excel.import.unitUnknown", row.unitCode()));
            } else if (!mayReportAll && !scope.covers(Action.REPORT, child.unitId(), at.asOf())) {
                problems.add(ImportProblem.of(row.number(), "excel.import.notAllowed", child.name()));
            } else {
                plan(row, child, existing.get(child.unitId()), typed, problems).ifPresent(planned::add);
            }
        }
        if (problems.isEmpty()) {
            save(at, planned, problems);
        }
        if (!problems.isEmpty()) {
            context.setRollbackOnly();
        }
        return new TemplateImport(file.rows().size(), problems.isEmpty() ? planned.size() : 0, problems);
    }

    /** The row's values checked by the value rules; a plan to save them when they differ from the report's. */
    private Optional<Planned> plan(TemplateReader.Row row, ReportChildren.Child child, ResultReport report,
                                             Map<String, Indicator> typed, List<ImportProblem> problems) {
        Map<String, ValueInput> values = new LinkedHashMap<>();
        boolean changed = false;
        int before = problems.size();
        for (Map.Entry<String, ValueInput> entry : row.values().entrySet()) {
            Indicator indicator = typed.get(entry.getKey());
            try {
                ValueInput value = ValueRules.check(indicator, child.levelId(), entry.getValue());
                if (ValueRules.typedAt(indicator, child.levelId())) {
                    values.put(indicator.getCode(), value);
                    changed |= !value.equals(report == null ? ValueInput.EMPTY : current(report, indicator));
                }
            } catch (BusinessException e) {
                problems.add(ImportProblem.of(row.number(), e.getMessageKey(), e.getArguments()));
            }
        }
        if (problems.size() > before || !changed) {
            return Optional.empty();
        }
        if (report != null && !report.getStatus().isEditable()) {
            problems.add(ImportProblem.of(row.number(), "excel.import.notEditable", child.name()));
            return Optional.empty();
        }
        return Optional.of(new Planned(row.number(), child, report, values));
    }

    /** Saves the planned rows; the first refusal (e.g. a report changed meanwhile) stops and rolls back all. */
    private void save(ReportContext at, List<Planned> planned, List<ImportProblem> problems) {
        for (Planned row : planned) {
            try {
                reports.save(at.movement().getCode(), row.child().code(), at.period().getCode(),
                        row.report() == null ? null : row.report().getVersion(), row.values(),
                        row.report() == null ? null : row.report().getNotes());
            } catch (BusinessException e) {
                problems.add(ImportProblem.of(row.row(), e.getMessageKey(), e.getArguments()));
                return;
            }
        }
    }

    /** The children's reports for the period, with their values, by unit id. */
    private Map<Long, ResultReport> existing(ReportContext at, List<ReportChildren.Child> children) {
        if (children.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("select distinct r from ResultReport r left join fetch r.values"
                        + " where r.movement = :m and r.period = :p and r.unit.id in :units", ResultReport.class)
                .setParameter("m", at.movement()).setParameter("p", at.period())
                .setParameter("units", children.stream().map(ReportChildren.Child::unitId).toList())
                .getResultStream().collect(Collectors.toMap(r -> r.getUnit().getId(), Function.identity()));
    }

    private static ValueInput current(ResultReport report, Indicator indicator) {
        return report.value(indicator).map(ResultValue::input).orElse(ValueInput.EMPTY);
    }
}
