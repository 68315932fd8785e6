package vn.thidua.review;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.time.LocalDate;
import java.util.List;
import vn.thidua.organization.OrgUnit;
import vn.thidua.platform.error.AccessDeniedException;
import vn.thidua.platform.error.NotFoundException;
import vn.thidua.platform.persistence.Rows;
import vn.thidua.platform.scope.Action;
import vn.thidua.platform.scope.Scope;
import vn.thidua.platform.scope.UnitDayFilter;
import vn.thidua.platform.time.Formats;

/**
 * The stored side of reviews: the list within a scope (paged in SQL), and what a review's reading needs. A review
 * is read as its unit is on the unit's day ({@link #dateOf}); who may read it may also find it in the list, and
 * changing it takes a role held today.
 */
final class Reviews {

    private static final String FROM = " FROM term_review r JOIN org_unit u ON u.id = r.unit_id";

    private final EntityManager em;

    Reviews(EntityManager em) {
        this.em = em;
    }

    List<ReviewSummary> list(UnitDayFilter filter, int offset, int limit) {
        Query query = query(filter, "SELECT r.id, u.code, (SELECT v.name FROM org_unit_version v WHERE v.unit_id = u.id"
                + " ORDER BY v.valid_from DESC FETCH FIRST 1 ROWS ONLY), r.year_from, r.year_to, r.state, r.updated_at",
                " ORDER BY r.year_to DESC, r.id DESC");
        return ((List<?>) query.setFirstResult(offset).setMaxResults(limit).getResultList()).stream()
                .map(row -> (Object[]) row).map(r -> new ReviewSummary(Rows.number(r[0]), Rows.text(r[1]),
                        Rows.text(r[2]), (int) Rows.number(r[3]), (int) Rows.number(r[4]),
                        ReviewState.valueOf(Rows.text(r[5])), Rows.instant(r[6]))).toList();
    }

    long count(UnitDayFilter filter) {
        return Rows.number(query(filter, "SELECT COUNT(*)", "").getSingleResult());
    }

    private Query query(UnitDayFilter filter, String select, String order) {
        if (filter.everything()) {
            return em.createNativeQuery(select + FROM + order);
        }
        return em.createNativeQuery(filter.cte("SELECT unit_id FROM term_review", 1) + select + FROM
                        + " WHERE r.unit_id IN (" + filter.covered(2) + ")" + order)
                .setParameter(1, Formats.today()).setParameter(2, filter.username());
    }

    /**
     * The review, if the caller may do {@code action} on its unit's data: read it with a role held today or on the
     * unit's day, change it only with a role held today; 403 when they may only read it, else not found (as if it did
     * not exist).
     */
    static TermReview readable(EntityManager em, Scope scope, long id, Action action) {
        TermReview review = em.find(TermReview.class, id);
        LocalDate on = review == null ? null : dateOf(review.getUnit());
        if (review == null || !scope.covers(Action.READ, review.getUnit().getId(), on)) {
            throw new NotFoundException("review.notFound", id);
        }
        if (action != Action.READ && !mayChange(scope, review, action)) {
            throw new AccessDeniedException();
        }
        return review;
    }

    /** Whether a role the caller holds today allows {@code action} on the review's unit (as on its day). */
    static boolean mayChange(Scope scope, TermReview review, Action action) {
        return scope.coversToday(action, review.getUnit().getId(), dateOf(review.getUnit()));
    }

    /** The day a review's unit is read on: today while it exists, else its last day. */
    static LocalDate dateOf(OrgUnit unit) {
        LocalDate today = Formats.today();
        return unit.isValidOn(today) ? today : unit.getValidTo().minusDays(1);
    }

    static List<ReviewTables.NextTermTarget> targets(TermReview review) {
        return review.getTargets().stream().map(t -> new ReviewTables.NextTermTarget(t.getSeq(), t.getDescription(),
                t.getYearFrom(), t.getYearTo(), t.getIndicator() == null ? null : t.getIndicator().getMovement().getCode(),
                t.getIndicator() == null ? null : t.getIndicator().getCode(),
                t.getIndicator() == null ? null : t.getIndicator().getNameVi(), t.getAmount())).toList();
    }
}
