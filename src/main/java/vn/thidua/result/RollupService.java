package vn.thidua.result;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import vn.thidua.identity.Role;
import vn.thidua.movement.Movement;
import vn.thidua.movement.Movements;
import vn.thidua.movement.ReportingPeriod;
import vn.thidua.movement.ReportingPeriods;
import vn.thidua.organization.OrgUnit;
import vn.thidua.organization.OrgUnits;
import vn.thidua.platform.error.AccessDeniedException;
import vn.thidua.platform.error.BusinessException;
import vn.thidua.platform.error.NotFoundException;
import vn.thidua.platform.persistence.Rows;
import vn.thidua.platform.scope.Action;
import vn.thidua.platform.scope.Scope;
import vn.thidua.platform.time.Formats;
import vn.thidua.platform.time.Validity;

/**
 * Roll-ups of a movement for a unit (and its children, for drill-down) over a range of years, from approved results
 * or, for those whose role allows it, from all results; and the reporting progress of a unit's children.
 */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.LEADER_NAME, Role.OFFICER_NAME, Role.COUNCIL_MEMBER_NAME, Role.VIEWER_NAME})
public class RollupService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Scope scope;

    @Inject
    private Movements movements;

    @Inject
    private ReportingPeriods periods;

    @Inject
    private OrgUnits orgUnits;

    @Inject
    private RollupCache cache;

    /**
     * Where a roll-up reads, the same for every caller: the movement, the unit the code names and the day it is read
     * on (today if it exists today, else the range's last as_of), the range's periods, the unit's ancestors on that
     * day and on the last as_of (for the progress; empty when it did not exist then), their codes and names. Kept
     * while the movement's results version (raised by every change of the tree too) and the movement do not change.
     */
    private record Place(long movementId, String movementCode, long unitId, String unitCode, String unitName,
                         LocalDate date, List<PeriodInfo> periods, List<Long> ancestors, List<Long> ancestorsAtEnd,
                         Map<Long, Dashboard.Step> steps) {
        PeriodInfo last() {
            return periods.get(periods.size() - 1);
        }
    }

    /** A place as the caller may read it: its ancestors from the highest one the caller reads. */
    private record Located(Place place, List<Long> line, long version) {
    }

    /** {@link #rollup(String, String, LocalDate, int, int, boolean)} with the unit code read today. */
    public Rollup rollup(String movementCode, String unitCode, int from, int to, boolean showUnapproved) {
        return rollup(movementCode, unitCode, null, from, to, showUnapproved);
    }

    /** {@link #children(String, String, LocalDate, int, int, boolean)} with the unit code read today. */
    public List<Rollup> children(String movementCode, String unitCode, int from, int to, boolean showUnapproved) {
        return children(movementCode, unitCode, null, from, to, showUnapproved);
    }

    /**
     * The unit's roll-up over the years {@code from}–{@code to}. {@code asOf} (optional) is the day the unit code is
     * read on; without it, today's unit of that code, or else the one at the end of the range.
     */
    public Rollup rollup(String movementCode, String unitCode, LocalDate asOf, int from, int to,
                         boolean showUnapproved) {
        Located at = locate(movementCode, unitCode, asOf, from, to, showUnapproved);
        Place place = at.place();
        return new Rollup(place.movementCode(), place.unitCode(), place.unitName(), from, to, !showUnapproved,
                compute(at, List.of(place.unitId()), showUnapproved).get(place.unitId()));
    }

    /**
     * The roll-ups of the unit's children, as the tree was at the end of the range (for drill-down); a review rolls
     * up to today's structure instead ({@link UnitRollups}).
     */
    public List<Rollup> children(String movementCode, String unitCode, LocalDate asOf, int from, int to,
                                 boolean showUnapproved) {
        Located at = locate(movementCode, unitCode, asOf, from, to, showUnapproved);
        Map<Long, String[]> children = childrenOf(at.place());
        Map<Long, List<IndicatorValue>> values = compute(at, children.keySet(), showUnapproved);
        List<Rollup> result = new ArrayList<>();
        children.forEach((id, names) -> result.add(new Rollup(at.place().movementCode(), names[0], names[1], from, to,
                !showUnapproved, values.get(id))));
        return result;
    }

    /**
     * What a dashboard shows, with one lookup and one scope check: the unit's roll-up and its children's (read
     * together), the reporting progress of the range's last period (null when the unit did not exist then), and
     * whether the caller may switch to results not yet approved.
     */
    public Dashboard dashboard(String movementCode, String unitCode, int from, int to, boolean showUnapproved) {
        Located at = locate(movementCode, unitCode, null, from, to, showUnapproved);
        Place place = at.place();
        Board board = cache.get(place.movementId(), at.version(), "board|" + place.unitId() + "|" + place.date()
                + "|" + from + "-" + to + "|" + showUnapproved, () -> board(at, from, to, showUnapproved));
        ReportingProgress progress = board.progress() != null
                && scope.covers(Action.READ, place.ancestorsAtEnd(), place.last().asOf())
                ? board.progress() : null;
        return new Dashboard(board.rollup(), board.children(), progress,
                scope.covers(Action.REPORT, place.ancestors(), place.date()),
                at.line().stream().map(place.steps()::get).filter(java.util.Objects::nonNull).toList(), at.version());
    }

    /** What a dashboard shows that is the same for every caller who may see it (kept while results do not move). */
    private record Board(Rollup rollup, List<Rollup> children, ReportingProgress progress) {
    }

    private Board board(Located at, int from, int to, boolean showUnapproved) {
        Place place = at.place();
        Map<Long, String[]> children = childrenOf(place);
        List<Long> units = new ArrayList<>(List.of(place.unitId()));
        units.addAll(children.keySet());
        Map<Long, List<IndicatorValue>> values = compute(at, units, showUnapproved);
        Rollup rollup = new Rollup(place.movementCode(), place.unitCode(), place.unitName(), from, to,
                !showUnapproved, values.get(place.unitId()));
        List<Rollup> rows = new ArrayList<>();
        children.forEach((id, names) -> rows.add(new Rollup(place.movementCode(), names[0], names[1], from, to,
                !showUnapproved, values.get(id))));
        ReportingProgress progress = place.ancestorsAtEnd().isEmpty() ? null
                : progressOf(em.find(Movement.class, place.movementId()),
                em.find(ReportingPeriod.class, place.last().id()), place.unitId());
        return new Board(rollup, List.copyOf(rows), progress);
    }

    /** The codes and names of units on a day. */
    private Map<Long, Dashboard.Step> steps(List<Long> units, LocalDate date) {
        Map<Long, Dashboard.Step> steps = new HashMap<>();
        List<?> rows = em.createNativeQuery("SELECT u.id, u.code, v.name FROM org_unit u"
                        + " JOIN org_unit_version v ON v.unit_id = u.id WHERE u.id IN ("
                        + units.stream().map(String::valueOf).collect(Collectors.joining(",")) + ") AND "
                        + Validity.sql("v", 1))
                .setParameter(1, date).getResultList();
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            steps.put(Rows.number(r[0]), new Dashboard.Step(Rows.text(r[1]), Rows.text(r[2])));
        }
        return Map.copyOf(steps);
    }

    /**
     * Which units of the unit's subtree (and of the units it inherited) reported late or not at all in the
     * movement over the years {@code from}–{@code to}; see {@link Discipline}.
     */
    public Discipline discipline(String movementCode, String unitCode, LocalDate asOf, int from, int to) {
        Place place = locate(movementCode, unitCode, asOf, from, to, false).place();
        return new DisciplineQueries(em).of(em.find(Movement.class, place.movementId()), place.unitId(),
                place.periods());
    }

    /** Where the unit's reporting children stand for one period of the movement. */
    private ReportingProgress progressOf(Movement movement, ReportingPeriod period, long unitId) {
        List<ReportChildren.Child> children = new ReportChildren(em).of(movement, period, unitId);
        Map<ReportStatus, Integer> counts = new EnumMap<>(ReportStatus.class);
        children.stream().filter(c -> c.status() != null).forEach(c -> counts.merge(c.status(), 1, Integer::sum));
        return new ReportingProgress(period.getCode(), children.size(),
                (int) children.stream().filter(c -> c.status() == null).count(),
                counts.getOrDefault(ReportStatus.DRAFT, 0), counts.getOrDefault(ReportStatus.SUBMITTED, 0),
                counts.getOrDefault(ReportStatus.RETURNED, 0), counts.getOrDefault(ReportStatus.APPROVED, 0)
                + counts.getOrDefault(ReportStatus.LOCKED, 0));
    }

    /** The unit's children at the end of the range: id → {code, name}, by name. */
    private Map<Long, String[]> childrenOf(Place place) {
        return UnitRollups.children(em, place.unitId(), place.last().asOf());
    }

    private Map<Long, List<IndicatorValue>> compute(Located at, java.util.Collection<Long> units, boolean unapproved) {
        List<PeriodInfo> infos = at.place().periods();
        String key = units + "|" + infos.get(0).id() + "-" + infos.get(infos.size() - 1).id() + "|" + unapproved;
        return cache.get(at.place().movementId(), at.version(), key, () -> new Rollups(em).compute(units,
                em.find(Movement.class, at.place().movementId()).getIndicators().stream().map(IndicatorInfo::of)
                        .toList(), infos, !unapproved));
    }

    private Located locate(String movementCode, String unitCode, LocalDate asOf, int from, int to,
                           boolean showUnapproved) {
        if (to < from) {
            throw new BusinessException("rollup.years.invalid", String.valueOf(from), String.valueOf(to));
        }
        Movements.Head head = movements.head(movementCode);
        LocalDate today = Formats.today();
        String code = unitCode == null ? "" : unitCode.trim();
        Place place = cache.get(head.id(), head.resultsVersion(), "place|" + head.version() + "|" + code + "|" + asOf
                + "|" + from + "-" + to + "|" + today, () -> place(head.id(), code, asOf, today, from, to));
        List<Long> line = scope.covered(Action.READ, place.ancestors(), place.date());
        if (line.isEmpty()) {
            throw new NotFoundException("org.unit.notFound", unitCode, place.date());
        }
        if (showUnapproved && !scope.covers(Action.REPORT, place.ancestors(), place.date())) {
            throw new AccessDeniedException();
        }
        return new Located(place, line, head.resultsVersion());
    }

    private Place place(long movementId, String unitCode, LocalDate asOf, LocalDate today, int from, int to) {
        Movement movement = em.find(Movement.class, movementId);
        List<ReportingPeriod> range = UnitRollups.range(periods, movement, from, to);
        if (range.isEmpty()) {
            throw new BusinessException("rollup.years.outside", movement.getCode(), String.valueOf(from),
                    String.valueOf(to));
        }
        LocalDate last = range.get(range.size() - 1).getAsOf();
        // Codes are reused: the code names the unit of {@code asOf} when given, else today's unit (which carries
        // the history of the units it inherited), else the unit of the range's end.
        LocalDate named = asOf != null ? asOf : today;
        OrgUnit unit = orgUnits.find(unitCode, named).or(() -> asOf != null ? java.util.Optional.empty()
                        : orgUnits.find(unitCode, last))
                .orElseThrow(() -> new NotFoundException("org.unit.notFound", unitCode, named));
        LocalDate date = unit.isValidOn(named) ? named : last;
        List<Long> ancestors = scope.ancestors(unit.getId(), date);
        return new Place(movementId, movement.getCode(), unit.getId(), unit.getCode(), unit.nameOn(date), date,
                range.stream().map(PeriodInfo::of).toList(), ancestors,
                unit.isValidOn(last) ? scope.ancestors(unit.getId(), last) : List.of(), steps(ancestors, date));
    }
}
