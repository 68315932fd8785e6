package vn.thidua.review;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import vn.thidua.commendation.registry.RegistryService;
import vn.thidua.identity.Role;
import vn.thidua.movement.MovementService;
import vn.thidua.movement.MovementView;
import vn.thidua.organization.OrgUnit;
import vn.thidua.organization.OrgUnits;
import vn.thidua.platform.audit.AuditLog;
import vn.thidua.platform.error.BusinessException;
import vn.thidua.platform.error.NotFoundException;
import vn.thidua.platform.scope.Action;
import vn.thidua.platform.scope.Scope;
import vn.thidua.platform.scope.ScopeFilter;
import vn.thidua.platform.time.Formats;
import vn.thidua.result.Discipline;
import vn.thidua.result.RollupService;

/**
 * Term reviews: the officers and leaders of a unit (or above it) create a review of a span of years and write its
 * narrative; a leader approves it, after which it is read-only. Everyone who may read the unit's data reads the
 * review, computed from the results and the registry by the services that own them. Outside the caller's scope a
 * review is "not found". Targets for the next term: {@link NextTermService}.
 */
@Stateless
public class ReviewService {

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext context;

    @Inject
    private Scope scope;

    @Inject
    private OrgUnits orgUnits;

    @Inject
    private AuditLog audit;

    @Inject
    private MovementService movements;

    @Inject
    private RollupService rollups;

    @Inject
    private RegistryService registry;

    /** Creates a draft review of {@code unitCode} (today's unit of that code, else the one at the end of the years). */
    @RolesAllowed({Role.LEADER_NAME, Role.OFFICER_NAME})
    public long create(String unitCode, int from, int to) {
        LocalDate end = LocalDate.of(Math.min(Math.max(to, TermReview.FIRST_YEAR), TermReview.LAST_YEAR), 12, 31);
        OrgUnit unit = orgUnits.find(unitCode == null ? "" : unitCode.trim(), Formats.today())
                .or(() -> orgUnits.find(unitCode == null ? "" : unitCode.trim(), end))
                .orElseThrow(() -> new NotFoundException("org.unit.notFound", unitCode, Formats.today()));
        if (!scope.covers(Action.REPORT, unit.getId(), Reviews.dateOf(unit))) {
            throw new NotFoundException("org.unit.notFound", unitCode, Reviews.dateOf(unit));
        }
        TermReview review = new TermReview(unit, from, to, user(), Instant.now());
        em.persist(review);
        em.flush();
        audit.record("REVIEW_CREATED", "TermReview", review.getId(), null,
                unit.getCode() + " | " + from + "-" + to);
        return review.getId();
    }

    /** The reviews of the units the caller reads today, newest first, paged in SQL. */
    @RolesAllowed({Role.ADMIN_NAME, Role.LEADER_NAME, Role.OFFICER_NAME, Role.COUNCIL_MEMBER_NAME, Role.VIEWER_NAME})
    public List<ReviewSummary> list(int offset, int limit) {
        return new Reviews(em).list(filter(), Math.max(offset, 0), limit <= 0 ? 20 : Math.min(limit, 100));
    }

    @RolesAllowed({Role.ADMIN_NAME, Role.LEADER_NAME, Role.OFFICER_NAME, Role.COUNCIL_MEMBER_NAME, Role.VIEWER_NAME})
    public long count() {
        return new Reviews(em).count(filter());
    }

    /** The review with its tables computed now. */
    @RolesAllowed({Role.ADMIN_NAME, Role.LEADER_NAME, Role.OFFICER_NAME, Role.COUNCIL_MEMBER_NAME, Role.VIEWER_NAME})
    public ReviewTables get(long id) {
        TermReview review = Reviews.readable(em, scope, id, Action.READ);
        OrgUnit unit = review.getUnit();
        LocalDate on = Reviews.dateOf(unit);
        List<ReviewTables.MovementTable> tables = new ArrayList<>();
        List<Discipline> discipline = new ArrayList<>();
        for (MovementView movement : movements.list()) {
            if (movement.yearTo() < review.getYearFrom() || movement.yearFrom() > review.getYearTo()) {
                continue;
            }
            tables.add(MovementTables.of(movement.name(),
                    rollups.rollup(movement.code(), unit.getCode(), on, review.getYearFrom(), review.getYearTo(), false),
                    rollups.children(movement.code(), unit.getCode(), on, review.getYearFrom(), review.getYearTo(),
                            false)));
            discipline.add(rollups.discipline(movement.code(), unit.getCode(), on, review.getYearFrom(),
                    review.getYearTo()));
        }
        return new ReviewTables(review.getId(), review.getVersion(), unit.getCode(), unit.nameOn(on),
                review.getYearFrom(), review.getYearTo(), review.getState(), review.getCreatedBy(),
                review.getCreatedAt(), review.getApprovedBy(), review.getApprovedAt(),
                review.sections().entrySet().stream().map(e -> new ReviewTables.Section(e.getKey(), e.getValue()))
                        .toList(), tables,
                AwardTables.of(registry.statistics(unit.getId(), on, review.getYearFrom(), review.getYearTo()),
                        review.getYearFrom(), review.getYearTo()), discipline, Reviews.targets(review));
    }

    /** Replaces one narrative section of a draft; {@code version} is the review's as last read. */
    @RolesAllowed({Role.LEADER_NAME, Role.OFFICER_NAME})
    public long write(long id, long version, ReviewSection section, String text) {
        TermReview review = Reviews.readable(em, scope, id, Action.REPORT);
        current(review, version);
        String before = review.sections().get(Objects.requireNonNull(section));
        review.write(section, text, user(), Instant.now());
        em.flush();
        audit.record("REVIEW_SECTION_WRITTEN", "TermReview", id, section + ": " + Objects.toString(before, ""),
                section + ": " + Objects.toString(review.sections().get(section), ""));
        return review.getVersion();
    }

    /** A leader of the unit (or above it) approves the draft; from then on it is read-only. */
    @RolesAllowed(Role.LEADER_NAME)
    public long approve(long id, long version) {
        TermReview review = Reviews.readable(em, scope, id, Action.LEAD);
        current(review, version);
        review.approve(user(), Instant.now());
        em.flush();
        audit.record("REVIEW_APPROVED", "TermReview", id, ReviewState.DRAFT.name(), ReviewState.APPROVED.name());
        return review.getVersion();
    }

    static void current(TermReview review, long version) {
        if (review.getVersion() != version) {
            throw new BusinessException("review.changed");
        }
    }

    private ScopeFilter filter() {
        return scope.filter(Action.READ, Formats.today());
    }

    private String user() {
        return context.getCallerPrincipal().getName();
    }
}
