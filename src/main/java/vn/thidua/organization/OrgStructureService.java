package vn.thidua.organization;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import vn.thidua.identity.Role;
import vn.thidua.platform.audit.AuditLog;
import vn.thidua.platform.error.BusinessException;
import vn.thidua.platform.error.NotFoundException;
import vn.thidua.platform.scope.Action;
import vn.thidua.platform.scope.Scope;

/**
 * Administrators restructure the hierarchy (create, merge, split, change, move, close). Every unit a command
 * touches is checked against the caller's scope; every change is audited in the same transaction, and can be
 * previewed: the preview does the very same work and rolls it back.
 */
@Stateless
@RolesAllowed(Role.ADMIN_NAME)
public class OrgStructureService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Scope scope;

    @Inject
    private OrgUnits orgUnits;

    @Inject
    private AuditLog audit;

    @Resource
    private SessionContext context;

    @Inject
    private jakarta.enterprise.event.Event<StructureChanged> structureChanged;

    public RestructuringSummary apply(RestructuringRequest request) {
        return run(request.toCommand());
    }

    /** What {@link #apply} would do, without doing it. */
    public RestructuringSummary preview(RestructuringRequest request) {
        RestructuringSummary summary = run(request.toCommand());
        context.setRollbackOnly();
        return summary;
    }

    private RestructuringSummary run(RestructuringCommand command) {
        if (command.date() == null) {
            throw new BusinessException("org.event.dateRequired");
        }
        RestructuringSummary summary = command.applyTo(
                new Restructuring(em, context.getCallerPrincipal().getName()), new ScopedUnits());
        audit.record("ORG_" + command.getClass().getSimpleName().replace("Command", "").toUpperCase(),
                "OrgUnit", null, String.join("; ", summary.ending()), String.join("; ", summary.continuing())
                        + " [" + command + "]");
        structureChanged.fire(new StructureChanged(command.date()));
        return summary;
    }

    /** Looks units up by code and date, refusing those outside the caller's scope. */
    private final class ScopedUnits implements RestructuringCommand.Units {

        @Override
        public OrgUnit unit(String code, LocalDate date) {
            OrgUnit unit = orgUnits.find(code, date).orElseThrow(() -> new NotFoundException("org.unit.notFound", code, date));
            scope.check(Action.ADMINISTER, unit.getId(), date);
            return unit;
        }

        @Override
        public OrgLevel level(String code) {
            return OrgLevel.find(em, code).orElseThrow(() -> new BusinessException("org.level.unknown", code));
        }
    }
}
