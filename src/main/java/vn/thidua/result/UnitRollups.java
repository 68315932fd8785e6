package vn.thidua.result;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.thidua.movement.Movement;
import vn.thidua.movement.Movements;
import vn.thidua.movement.ReportingPeriod;
import vn.thidua.movement.ReportingPeriods;
import vn.thidua.organization.OrgUnit;
import vn.thidua.platform.persistence.Rows;
import vn.thidua.platform.time.Validity;

/**
 * A movement's approved results for one unit over a span of years, rolled up to the structure of one day: the unit's
 * roll-up, its children's on that day — each carrying the results of the units whose history it inherited, so what
 * was entered under an older structure counts once, under the unit that carries it on — and how its subtree
 * reported. No scope check: for services that checked the caller's scope over the unit themselves (a term review's),
 * and for the demo loader, which acts for the system. Kept in {@link RollupCache} while the movement's results (and
 * so the tree) do not change.
 */
@ApplicationScoped
public class UnitRollups {

    /** The unit's roll-up, its children's (by name) and its reporting discipline over the span. */
    public record Drilldown(Rollup total, List<Rollup> children, Discipline discipline) {
    }

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Movements movements;

    @Inject
    private ReportingPeriods periods;

    @Inject
    private RollupCache cache;

    /**
     * The movement's drill-down for the unit over {@code from}–{@code to} (within the movement's years), with the
     * children the unit has on {@code on}; empty when the movement has no reporting period in those years.
     */
    public Optional<Drilldown> of(String movementCode, OrgUnit unit, LocalDate on, int from, int to) {
        Movements.Head head = movements.head(movementCode);
        return cache.get(head.id(), head.resultsVersion(), "structure|" + head.version() + "|" + unit.getId() + "|"
                + on + "|" + from + "-" + to, () -> compute(em.find(Movement.class, head.id()), unit, on, from, to));
    }

    private Optional<Drilldown> compute(Movement movement, OrgUnit unit, LocalDate on, int from, int to) {
        List<PeriodInfo> range = range(periods, movement, from, to).stream().map(PeriodInfo::of).toList();
        if (range.isEmpty()) {
            return Optional.empty();
        }
        Map<Long, String[]> children = children(em, unit.getId(), on);
        List<Long> units = new ArrayList<>(List.of(unit.getId()));
        units.addAll(children.keySet());
        Map<Long, List<IndicatorValue>> values = new Rollups(em).compute(units,
                movement.getIndicators().stream().map(IndicatorInfo::of).toList(), range, true);
        List<Rollup> rows = new ArrayList<>();
        children.forEach((id, names) -> rows.add(new Rollup(movement.getCode(), names[0], names[1], from, to, true,
                values.get(id))));
        return Optional.of(new Drilldown(new Rollup(movement.getCode(), unit.getCode(), unit.nameOn(on), from, to,
                true, values.get(unit.getId())), List.copyOf(rows),
                new DisciplineQueries(em).of(movement, unit.getId(), range)));
    }

    /** The movement's reporting periods in the years {@code from}–{@code to} that it runs, in order. */
    static List<ReportingPeriod> range(ReportingPeriods periods, Movement movement, int from, int to) {
        return periods.between(movement.getPeriodKind(), Math.max(from, movement.getYearFrom()),
                Math.min(to, movement.getYearTo()));
    }

    /** The unit's children on {@code date}: id → {code, name}, by name. */
    static Map<Long, String[]> children(EntityManager em, long unitId, LocalDate date) {
        List<?> rows = em.createNativeQuery("SELECT u.id, u.code, v.name FROM org_unit_version v"
                        + " JOIN org_unit u ON u.id = v.unit_id WHERE v.parent_id = ?2 AND " + Validity.sql("v", 1)
                        + " ORDER BY v.name_search, u.code")
                .setParameter(1, date).setParameter(2, unitId).getResultList();
        Map<Long, String[]> children = new LinkedHashMap<>();
        rows.stream().map(r -> (Object[]) r)
                .forEach(r -> children.put(Rows.number(r[0]), new String[] {Rows.text(r[1]), Rows.text(r[2])}));
        return children;
    }
}
