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
import vn.thidua.platform.scope.ScopeFilter;
import vn.thidua.platform.time.Formats;

/** The stored side of reviews: the list within a scope (paged in SQL), and what a review's reading needs. */
final class Reviews {

    private static final String FROM = " FROM term_review r JOIN org_unit u ON u.id = r.unit_id";

    private final EntityManager em;

    Reviews(EntityManager em) {
        this.em = em;
    }

    List<ReviewSummary> list(ScopeFilter filter, int offset, int limit) {
        Query query = query(filter, "SELECT r.id, u.code, (SELECT v.name FROM org_unit_version v WHERE v.unit_id = u.id"
                + " ORDER BY v.valid_from DESC FETCH FIRST 1 ROWS ONLY), r.year_from, r.year_to, r.state, r.updated_at",
                " ORDER BY r.year_to DESC, r.id DESC");
        return ((List<?>) query.setFirstResult(offset).setMaxResults(limit).getResultList()).stream()
                .map(row -> (Object[]) row).map(r -> new ReviewSummary(Rows.number(r[0]), Rows.text(r[1]),
                        Rows.text(r[2]), (int) Rows.number(r[3]), (int) Rows.number(r[4]),
                        ReviewState.valueOf(Rows.text(r[5])), Rows.instant(r[6]))).toList();
    }

    long count(ScopeFilter filter) {
        return Rows.number(query(filter, "SELECT COUNT(*)", "").getSingleResult());
    }

    private Query query(ScopeFilter filter, String select, String order) {
        if (filter.everything()) {
            return em.createNativeQuery(select + FROM + order);
        }
        return em.createNativeQuery(filter.cte(1) + select + FROM
                + " WHERE r.unit_id IN (SELECT unit_id FROM scope_units)" + order).setParameter(1, Formats.today());
    }

    /**
     * The review, if the caller may do {@code action} on its unit's data; 403 when they may only read it, else not
     * found (as if it did not exist).
     */
    static TermReview readable(EntityManager em, Scope scope, long id, Action action) {
        TermReview review = em.find(TermReview.class, id);
        LocalDate on = review == null ? null : dateOf(review.getUnit());
        if (review == null || !scope.covers(Action.READ, review.getUnit().getId(), on)) {
            throw new NotFoundException("review.notFound", id);
        }
        if (action != Action.READ && !scope.covers(action, review.getUnit().getId(), on)) {
            throw new AccessDeniedException();
        }
        return review;
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
