package vn.thidua.organization;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import vn.thidua.identity.Role;
import vn.thidua.platform.audit.AuditLog;
import vn.thidua.platform.error.BusinessException;
import vn.thidua.platform.error.NotFoundException;
import vn.thidua.platform.scope.Action;
import vn.thidua.platform.scope.Scope;

/**
 * Administrators restructure the hierarchy. Every change is checked against the caller's scope, audited in the same
 * transaction, and can be previewed: the preview does the very same work and rolls it back.
 */
@Stateless
@RolesAllowed(Role.ADMIN_NAME)
public class OrgStructureService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Scope scope;

    @Inject
    private AuditLog audit;

    @Resource
    private SessionContext context;

    public RestructuringSummary merge(MergeCommand command) {
        return doMerge(command);
    }

    /** What {@link #merge} would do, without doing it. */
    public RestructuringSummary previewMerge(MergeCommand command) {
        RestructuringSummary summary = doMerge(command);
        context.setRollbackOnly();
        return summary;
    }

    private RestructuringSummary doMerge(MergeCommand command) {
        LocalDate date = required(command.date());
        if (command.codes() == null || command.codes().stream().distinct().count() < 2) {
            throw new BusinessException("org.merge.invalid");
        }
        List<OrgUnit> units = command.codes().stream().distinct().map(code -> unit(code, date)).toList();
        OrgUnit survivor = blank(command.survivorCode()) ? null : unit(command.survivorCode(), date);
        OrgUnit parent = units.get(0).versionOn(date).orElseThrow().getParent();
        NewUnit newUnit = survivor != null ? null : new NewUnit(requiredText(command.newCode()),
                units.get(0).getLevel(), requiredText(command.newName()),
                requiredText(command.newType()), parent);
        units.forEach(u -> scope.check(Action.ADMINISTER, u.getId(), date));
        Restructuring restructuring = new Restructuring(em, context.getCallerPrincipal().getName());
        int moved = units.stream().filter(u -> !u.equals(survivor))
                .mapToInt(u -> restructuring.childrenOn(u, date).size()).sum();
        List<String> ending = units.stream().filter(u -> !u.equals(survivor)).map(u -> label(u, date)).toList();
        OrgUnit successor = restructuring.merge(units, survivor, newUnit, date, command.legalBasis());
        audit.record("ORG_MERGE", "OrgUnit", successor.getCode(), String.join("; ", ending),
                label(successor, date));
        return new RestructuringSummary(ending, List.of(label(successor, date)), moved);
    }

    private OrgUnit unit(String code, LocalDate date) {
        return em.createQuery("select u from OrgUnit u where u.code = :code and u.validFrom <= :date "
                        + "and (u.validTo is null or u.validTo > :date)", OrgUnit.class)
                .setParameter("code", code.trim()).setParameter("date", date).getResultStream().findFirst()
                .orElseThrow(() -> new NotFoundException("org.unit.notFound", code, date));
    }

    private static String label(OrgUnit unit, LocalDate date) {
        return unit.nameOn(date) + " (" + unit.getCode() + ")";
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static LocalDate required(LocalDate date) {
        if (date == null) {
            throw new BusinessException("org.event.dateRequired");
        }
        return date;
    }

    private static String requiredText(String text) {
        if (blank(text)) {
            throw new BusinessException("org.merge.newUnitRequired");
        }
        return text.trim();
    }
}
