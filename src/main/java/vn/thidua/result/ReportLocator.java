package vn.thidua.result;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import vn.thidua.movement.Movement;
import vn.thidua.movement.Movements;
import vn.thidua.movement.ReportingPeriod;
import vn.thidua.movement.ReportingPeriods;
import vn.thidua.organization.OrgUnit;
import vn.thidua.organization.OrgUnits;
import vn.thidua.platform.error.BusinessException;
import vn.thidua.platform.error.NotFoundException;
import vn.thidua.platform.scope.Action;
import vn.thidua.platform.scope.Scope;

/**
 * Finds the movement, unit and period a report is about, inside the caller's transaction, and checks that they
 * belong together and that the caller may read the unit's data (a unit outside their scope is "not found").
 */
@Dependent
public class ReportLocator {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Scope scope;

    @Inject
    private OrgUnits orgUnits;

    @Inject
    private Movements movements;

    @Inject
    private ReportingPeriods periods;

    ReportContext locate(String movementCode, String unitCode, String periodCode) {
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
                || unit.getLevel().getRank() > ReportChildren.deepestRank(movement)) {
            throw new BusinessException("report.unit.notParticipating", unitCode, movement.getCode());
        }
        return at;
    }

    ReportContext context(ResultReport report) {
        ReportingPeriod period = report.getPeriod();
        ReportContext at = new ReportContext(report.getMovement(), report.getUnit(), period,
                new ResultTotals(em).ancestors(report.getUnit().getId(), period.getAsOf()));
        if (!scope.covers(Action.READ, report.getUnit().getId(), period.getAsOf())) {
            throw new NotFoundException("report.notFound", report.getId(), "", "");
        }
        return at;
    }
}
