package vn.thidua.review;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.thidua.identity.Role;
import vn.thidua.movement.Indicator;
import vn.thidua.movement.Movements;
import vn.thidua.platform.audit.AuditLog;
import vn.thidua.platform.error.BusinessException;
import vn.thidua.platform.scope.Action;
import vn.thidua.platform.scope.Scope;
import vn.thidua.platform.time.Formats;
import vn.thidua.result.IndicatorValue;
import vn.thidua.result.RollupService;

/**
 * The targets an approved review sets for the next term, and how each year of that term meets them. A target an
 * indicator measures becomes that indicator's target of the review's unit for every year of the term, copied down to
 * the units below it when it is a share ({@link NextTermTargets}), and is tracked with the roll-ups of those years.
 */
@Stateless
public class NextTermService {

    static final int MAX_TARGETS = 30;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Scope scope;

    @Inject
    private AuditLog audit;

    @Inject
    private Movements movements;

    @Resource
    private SessionContext context;

    @Inject
    private RollupService rollups;

    /** Sets (or replaces) the next term's targets of an approved review; {@code version} as last read. */
    @RolesAllowed({Role.LEADER_NAME, Role.OFFICER_NAME})
    public long setTargets(long id, long version, List<TargetForm> forms) {
        TermReview review = Reviews.readable(em, scope, id, Action.REPORT);
        ReviewService.current(review, version);
        review.requireApproved();
        if (forms == null || forms.isEmpty() || forms.size() > MAX_TARGETS) {
            throw new BusinessException("review.targets.count", MAX_TARGETS);
        }
        List<NextTermTargets.Planned> planned = forms.stream().map(form -> new NextTermTargets.Planned(
                form.description(), blank(form.indicator()) ? null
                : movements.indicator(movements.find(form.movement()), form.indicator().trim()), form.amount()))
                .toList();
        new NextTermTargets(em, audit, context.getCallerPrincipal().getName()).replace(review, planned);
        em.lock(review, jakarta.persistence.LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        em.flush();
        return review.getVersion();
    }

    /** Each target of the review's next term, year by year. */
    @RolesAllowed({Role.ADMIN_NAME, Role.LEADER_NAME, Role.OFFICER_NAME, Role.COUNCIL_MEMBER_NAME, Role.VIEWER_NAME})
    public Tracking tracking(long id) {
        TermReview review = Reviews.readable(em, scope, id, Action.READ);
        LocalDate on = Reviews.dateOf(review.getUnit());
        int lastReported = Formats.today().getYear();
        List<Tracking.Line> lines = new ArrayList<>();
        for (ReviewTarget target : review.getTargets()) {
            Indicator indicator = target.getIndicator();
            List<Tracking.Year> years = new ArrayList<>();
            for (int year = target.getYearFrom(); indicator != null && year <= target.getYearTo(); year++) {
                boolean measured = year <= lastReported && year >= indicator.getMovement().getYearFrom()
                        && year <= indicator.getMovement().getYearTo();
                years.add(measured ? year(indicator, review, on, year)
                        : new Tracking.Year(year, null, null, null, target.getAmount(), null));
            }
            lines.add(new Tracking.Line(target.getSeq(), target.getDescription(),
                    indicator == null ? null : indicator.getMovement().getCode(),
                    indicator == null ? null : indicator.getCode(), indicator == null ? null : indicator.getNameVi(),
                    indicator == null ? null : indicator.getKind(),
                    indicator == null ? null : indicator.getUnitOfMeasure(), target.getAmount(), years));
        }
        boolean mayChange = review.getState() == ReviewState.APPROVED
                && Reviews.mayChange(scope, review, Action.REPORT);
        return new Tracking(id, review.getVersion(), mayChange, review.getUnit().getCode(),
                review.getUnit().nameOn(on), review.nextTermFrom(), review.nextTermTo(), lines);
    }

    private Tracking.Year year(Indicator indicator, TermReview review, LocalDate on, int year) {
        Optional<IndicatorValue> value = rollups.rollup(indicator.getMovement().getCode(),
                review.getUnit().getCode(), on, year, year, false).values().stream()
                .filter(v -> v.indicator().code().equals(indicator.getCode())).findFirst();
        return value.map(v -> new Tracking.Year(year, v.value(), v.numerator(), v.denominator(), v.target(),
                v.attainment())).orElse(new Tracking.Year(year, null, null, null, null, null));
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
