package vn.thidua.movement;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import vn.thidua.identity.Role;
import vn.thidua.organization.OrgUnit;
import vn.thidua.organization.OrgUnits;
import vn.thidua.platform.audit.AuditLog;
import vn.thidua.platform.error.BusinessException;
import vn.thidua.platform.error.NotFoundException;
import vn.thidua.platform.scope.Action;
import vn.thidua.platform.scope.Scope;
import vn.thidua.platform.scope.ScopeFilter;
import vn.thidua.platform.time.Formats;

/**
 * Movements, their indicators and targets. Everyone sees the movements their units take part in (launched above
 * them or within their subtree); a launching unit's officers, leaders and administrators manage its movements.
 */
@Stateless
public class MovementService {

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

    @Inject
    private AuditLog audit;

    @RolesAllowed({Role.ADMIN_NAME, Role.LEADER_NAME, Role.OFFICER_NAME, Role.COUNCIL_MEMBER_NAME, Role.VIEWER_NAME})
    public List<MovementView> list() {
        LocalDate today = Formats.today();
        Set<Long> above = scope.aboveEver(Action.READ);
        ScopeFilter filter = scope.filter(Action.READ, today);
        jakarta.persistence.Query query = em.createNativeQuery(filter.everything() ? "SELECT m.id FROM movement m"
                : filter.cte(1) + "SELECT m.id FROM movement m WHERE m.participant_root_id IN"
                + " (SELECT unit_id FROM scope_units)"
                + (above.isEmpty() ? "" : " OR m.participant_root_id IN (" + ids(above) + ")"));
        List<?> ids = (filter.everything() ? query : query.setParameter(1, today)).getResultList();
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select distinct m from Movement m join fetch m.launchingUnit"
                        + " join fetch m.participantRoot left join fetch m.indicators where m.id in :ids", Movement.class)
                .setParameter("ids", ids.stream().map(id -> ((Number) id).longValue()).toList()).getResultList()
                .stream().sorted(java.util.Comparator.comparing(Movement::getYearFrom).reversed()
                        .thenComparing(Movement::getCode))
                .map(MovementView::of).toList();
    }

    /**
     * A stamp that changes whenever a movement is created, changed (its version) or removed, and with the day (roles
     * are held for periods): a page may keep {@link #list()} while it stays the same.
     */
    @RolesAllowed({Role.ADMIN_NAME, Role.LEADER_NAME, Role.OFFICER_NAME, Role.COUNCIL_MEMBER_NAME, Role.VIEWER_NAME})
    public String stamp() {
        Object[] row = (Object[]) em.createNativeQuery("SELECT COUNT(*), COALESCE(MAX(id), 0), COALESCE(SUM(version), 0)"
                + " FROM movement").getSingleResult();
        return row[0] + "/" + row[1] + "/" + row[2] + "/" + Formats.today();
    }

    @RolesAllowed({Role.ADMIN_NAME, Role.LEADER_NAME, Role.OFFICER_NAME, Role.COUNCIL_MEMBER_NAME, Role.VIEWER_NAME})
    public MovementView get(String code) {
        return MovementView.of(visible(code));
    }

    /** The movement's reporting periods, in order (for pages to offer them). */
    @RolesAllowed({Role.ADMIN_NAME, Role.LEADER_NAME, Role.OFFICER_NAME, Role.COUNCIL_MEMBER_NAME, Role.VIEWER_NAME})
    public List<PeriodView> periods(String code) {
        Movement movement = visible(code);
        return periods.between(movement.getPeriodKind(), movement.getYearFrom(), movement.getYearTo()).stream()
                .map(PeriodView::of).toList();
    }

    /** Whether the caller may manage the movement (for pages to show their buttons). */
    @RolesAllowed({Role.ADMIN_NAME, Role.LEADER_NAME, Role.OFFICER_NAME, Role.COUNCIL_MEMBER_NAME, Role.VIEWER_NAME})
    public boolean canManage(String code) {
        Movement movement = visible(code);
        return scope.covers(Action.MANAGE, movement.getLaunchingUnit().getId(), dateFor(movement.getLaunchingUnit()));
    }

    @RolesAllowed({Role.ADMIN_NAME, Role.LEADER_NAME, Role.OFFICER_NAME})
    public MovementView create(MovementForm form) {
        if (!em.createQuery("select m from Movement m where m.code = :code", Movement.class)
                .setParameter("code", Movement.normalizeCode(form.code())).getResultList().isEmpty()) {
            throw new BusinessException("movement.code.taken", form.code());
        }
        OrgUnit launching = unit(form.launchingUnitCode(), form.yearFrom());
        scope.check(Action.MANAGE, launching.getId(), dateFor(launching));
        Movement movement = new Movement(form.code(), form.kind() == null ? MovementKind.EMULATION : form.kind(),
                launching, form.periodKind() == null ? PeriodKind.YEAR : form.periodKind());
        apply(movement, form);
        em.persist(movement);
        periods.ensure(movement.getPeriodKind(), movement.getYearFrom(), movement.getYearTo());
        audit.record("MOVEMENT_CREATED", "Movement", movement.getCode(), null, describe(movement));
        return MovementView.of(movement);
    }

    @RolesAllowed({Role.ADMIN_NAME, Role.LEADER_NAME, Role.OFFICER_NAME})
    public MovementView update(String code, long version, MovementForm form) {
        Movement movement = managed(code);
        if (movement.getVersion() != version) {
            throw new BusinessException("movement.changed");
        }
        String before = describe(movement);
        apply(movement, form);
        periods.ensure(movement.getPeriodKind(), movement.getYearFrom(), movement.getYearTo());
        audit.record("MOVEMENT_CHANGED", "Movement", movement.getCode(), before, describe(movement));
        return MovementView.of(movement);
    }

    @RolesAllowed({Role.ADMIN_NAME, Role.LEADER_NAME, Role.OFFICER_NAME})
    public MovementView addIndicator(String code, IndicatorForm form) {
        Movement movement = managed(code);
        String indicatorCode = Movement.normalizeCode(form.code());
        if (form.kind() == null) {
            throw new BusinessException("indicator.kind.required");
        }
        if (movement.getIndicators().stream().anyMatch(i -> i.getCode().equals(indicatorCode))) {
            throw new BusinessException("indicator.code.taken", form.code());
        }
        Indicator indicator;
        if (form.kind() == IndicatorKind.COVERAGE) {
            indicator = Indicator.coverageOf(form.code(), movements.indicator(movement, form.sourceCode()),
                    form.sortOrder());
        } else {
            indicator = new Indicator(form.code(), form.kind(), level(form.entryLevelCode()), form.sortOrder());
        }
        movement.addIndicator(indicator.named(form.nameVi(), form.nameEn(), form.unitOfMeasure()));
        em.flush();
        audit.record("INDICATOR_ADDED", "Movement", movement.getCode(), null,
                indicator.getCode() + " " + indicator.getKind() + " " + indicator.getNameVi());
        return MovementView.of(movement);
    }

    @RolesAllowed({Role.ADMIN_NAME, Role.LEADER_NAME, Role.OFFICER_NAME})
    public MovementView removeIndicator(String code, String indicatorCode) {
        Movement movement = managed(code);
        Indicator indicator = movements.indicator(movement, indicatorCode);
        long uses = em.createQuery("select count(v) from ResultValue v where v.indicator = :i", Long.class)
                .setParameter("i", indicator).getSingleResult()
                + em.createQuery("select count(i) from Indicator i where i.source = :i", Long.class)
                .setParameter("i", indicator).getSingleResult();
        if (uses > 0) {
            throw new BusinessException("indicator.inUse", indicator.getCode());
        }
        em.createQuery("delete from IndicatorTarget t where t.indicator = :i").setParameter("i", indicator)
                .executeUpdate();
        movement.getIndicators().remove(indicator);
        audit.record("INDICATOR_REMOVED", "Movement", movement.getCode(), indicator.getCode(), null);
        return MovementView.of(movement);
    }

    /** The unit's targets of a movement for a year, by indicator code (reading needs only to see the unit). */
    @RolesAllowed({Role.ADMIN_NAME, Role.LEADER_NAME, Role.OFFICER_NAME, Role.COUNCIL_MEMBER_NAME, Role.VIEWER_NAME})
    public List<TargetView> targets(String code, String unitCode, int year) {
        Movement movement = visible(code, yearEnd(year));
        OrgUnit unit = unit(unitCode, year);
        scope.check(Action.READ, unit.getId(), dateFor(unit, year));
        return em.createQuery("select t from IndicatorTarget t where t.indicator.movement = :m and t.unit = :u"
                        + " and t.year = :y order by t.indicator.sortOrder", IndicatorTarget.class)
                .setParameter("m", movement).setParameter("u", unit).setParameter("y", year).getResultList()
                .stream().map(t -> new TargetView(t.getIndicator().getCode(), unit.getCode(), year, t.getAmount()))
                .toList();
    }

    /**
     * Sets a target. The launching unit's managers set any unit's; a unit's own officers and leaders set targets
     * for the units below them (and their own) within the movement.
     */
    @RolesAllowed({Role.ADMIN_NAME, Role.LEADER_NAME, Role.OFFICER_NAME})
    public TargetView setTarget(String code, String indicatorCode, String unitCode, int year, BigDecimal amount) {
        Movement movement = visible(code, yearEnd(year));
        OrgUnit unit = unit(unitCode, year);
        scope.check(Action.MANAGE, unit.getId(), dateFor(unit, year));
        Indicator indicator = movements.indicator(movement, indicatorCode);
        IndicatorTarget target = save(indicator, unit, year, amount);
        return new TargetView(indicator.getCode(), unit.getCode(), year, target.getAmount());
    }

    /**
     * Copies the unit's share targets of a year (percentages every unit can reach) to every unit below it that year,
     * down to each indicator's entry level, replacing theirs ({@link SubtreeTargets}); a sum's target is not copied,
     * since a child's part of a total cannot be guessed. Answers how many targets were written below the unit.
     */
    @RolesAllowed({Role.ADMIN_NAME, Role.LEADER_NAME, Role.OFFICER_NAME})
    public int copyTargetsDown(String code, String unitCode, int year) {
        Movement movement = visible(code, yearEnd(year));
        OrgUnit unit = unit(unitCode, year);
        scope.check(Action.MANAGE, unit.getId(), dateFor(unit, year));
        List<IndicatorTarget> shares = em.createQuery("select t from IndicatorTarget t where t.indicator.movement = :m"
                        + " and t.unit = :u and t.year = :y", IndicatorTarget.class)
                .setParameter("m", movement).setParameter("u", unit).setParameter("y", year).getResultStream()
                .filter(t -> t.getIndicator().getKind().isShare()).toList();
        SubtreeTargets subtree = new SubtreeTargets(em);
        int written = 0;
        for (IndicatorTarget target : shares) {
            // the unit's own target is written again with the rest of the tree
            written += Math.max(0, subtree.set(target.getIndicator(), unit, year, year, target.getAmount()) - 1);
        }
        audit.record("TARGETS_COPIED_DOWN", "Movement", movement.getCode(), unit.getCode() + " " + year,
                shares.size() + " share targets, " + written + " below");
        return written;
    }

    private IndicatorTarget save(Indicator indicator, OrgUnit unit, int year, BigDecimal amount) {
        IndicatorTarget target = em.createQuery("select t from IndicatorTarget t where t.indicator = :i and t.unit = :u"
                        + " and t.year = :y", IndicatorTarget.class)
                .setParameter("i", indicator).setParameter("u", unit).setParameter("y", year)
                .getResultStream().findFirst().orElse(null);
        String before = target == null ? null : target.getAmount().toPlainString();
        if (target == null) {
            target = new IndicatorTarget(indicator, unit, year, amount);
            em.persist(target);
        } else {
            target.setAmount(amount);
        }
        ResultsVersion.changed(em, indicator.getMovement().getId());
        audit.record("TARGET_SET", "Movement", indicator.getMovement().getCode(), before,
                indicator.getCode() + " " + unit.getCode() + " " + year + " = " + amount.toPlainString());
        return target;
    }

    private void apply(Movement movement, MovementForm form) {
        movement.describe(form.name(), form.decisionNumber(), form.decisionDate(), form.yearFrom(), form.yearTo(),
                form.description());
        if (form.participantRootCode() != null && !form.participantRootCode().isBlank()) {
            OrgUnit root = unit(form.participantRootCode(), form.yearFrom());
            scope.check(Action.MANAGE, root.getId(), dateFor(root));
            movement.setParticipantRoot(root);
        }
        if (form.status() != null) {
            movement.setStatus(form.status());
        }
        if (form.periodKind() != null) {
            movement.setPeriodKind(form.periodKind());
        }
    }

    private Movement visible(String code) {
        return visible(code, Formats.today());
    }

    /**
     * The movement, if the caller takes part in it on {@code date} (or today): its participant subtree lies above or
     * within the caller's units. Movements are public campaigns, but a list shows only one's own.
     */
    private Movement visible(String code, LocalDate date) {
        Movement movement = movements.find(code);
        OrgUnit root = movement.getParticipantRoot();
        if (!scope.above(Action.READ, date).contains(root.getId())
                && !scope.covers(Action.READ, root.getId(), dateFor(root))
                && !scope.covers(Action.READ, root.getId(), date)
                && !scope.aboveEver(Action.READ).contains(root.getId())) {
            throw new NotFoundException("movement.notFound", code);
        }
        return movement;
    }

    /** The movement, if the caller manages its launching unit (else 403: movements are no secret). */
    private Movement managed(String code) {
        Movement movement = movements.find(code);
        scope.check(Action.MANAGE, movement.getLaunchingUnit().getId(), dateFor(movement.getLaunchingUnit()));
        em.lock(movement, jakarta.persistence.LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        ResultsVersion.changed(em, movement.getId());
        return movement;
    }

    /** The unit that had the code in {@code year} (at its end, else its start), else today's (codes are reused). */
    private OrgUnit unit(String code, int year) {
        LocalDate today = Formats.today();
        return orgUnits.find(code, LocalDate.of(year, 12, 31)).or(() -> orgUnits.find(code, LocalDate.of(year, 1, 1)))
                .or(() -> orgUnits.find(code, today))
                .orElseThrow(() -> new NotFoundException("org.unit.notFound", code, today));
    }

    private vn.thidua.organization.OrgLevel level(String code) {
        return vn.thidua.organization.OrgLevel.find(em, code)
                .orElseThrow(() -> new BusinessException("org.level.unknown", code));
    }

    private static String ids(Set<Long> ids) {
        return ids.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(","));
    }

    /** The last day of {@code year}, or today while the year is not over. */
    private static LocalDate yearEnd(int year) {
        LocalDate end = LocalDate.of(year, 12, 31);
        return end.isAfter(Formats.today()) ? Formats.today() : end;
    }

    /** Today if the unit exists today, else its last day. */
    static LocalDate dateFor(OrgUnit unit) {
        LocalDate today = Formats.today();
        return unit.isValidOn(today) ? today : unit.getValidTo().minusDays(1);
    }

    /** The end of {@code year} while the unit existed then, else its last day or its first. */
    static LocalDate dateFor(OrgUnit unit, int year) {
        LocalDate end = LocalDate.of(year, 12, 31);
        if (unit.isValidOn(end)) {
            return end;
        }
        return unit.getValidTo() != null && unit.getValidTo().isBefore(end) ? unit.getValidTo().minusDays(1)
                : unit.getValidFrom();
    }

    private static String describe(Movement m) {
        return m.getCode() + " | " + m.getName() + " | " + m.getYearFrom() + "-" + m.getYearTo() + " | "
                + m.getPeriodKind() + " | " + m.getStatus();
    }
}
