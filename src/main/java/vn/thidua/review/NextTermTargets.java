package vn.thidua.review;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import vn.thidua.movement.Indicator;
import vn.thidua.movement.SubtreeTargets;
import vn.thidua.platform.audit.AuditLog;

/**
 * Writes the next term's targets of an approved review, replacing those it had: the sentences, and for each target an
 * indicator measures, that indicator's target of the review's unit and of the units below it for every year of the
 * term ({@link SubtreeTargets}: a share for the whole subtree, a sum for the unit alone). The indicator targets the
 * previous set wrote are removed first, so none is left stale. Audited as {@code REVIEW_TARGETS_SET}. The one path
 * of {@link NextTermService} (which checks the caller's rights) and of the demo data.
 */
public final class NextTermTargets {

    /** A target to set: the sentence, and optionally the indicator measuring it with the value to reach each year. */
    public record Planned(String description, Indicator indicator, BigDecimal amount) {
    }

    private final EntityManager em;
    private final AuditLog audit;
    private final String actor;

    public NextTermTargets(EntityManager em, AuditLog audit, String actor) {
        this.em = em;
        this.audit = audit;
        this.actor = actor;
    }

    public void replace(TermReview review, List<Planned> planned) {
        String before = describe(review.getTargets());
        SubtreeTargets targets = new SubtreeTargets(em);
        for (ReviewTarget old : review.getTargets()) {
            if (old.getIndicator() != null) {
                targets.remove(old.getIndicator(), review.getUnit(), old.getYearFrom(), old.getYearTo());
            }
            em.remove(old);
        }
        review.getTargets().clear();
        em.flush();
        List<ReviewTarget> written = new ArrayList<>();
        for (Planned plan : planned) {
            ReviewTarget target = new ReviewTarget(review, written.size() + 1, plan.description(), plan.indicator(),
                    plan.amount());
            em.persist(target);
            written.add(target);
            if (target.getIndicator() != null) {
                targets.set(target.getIndicator(), review.getUnit(), target.getYearFrom(), target.getYearTo(),
                        target.getAmount());
            }
        }
        review.getTargets().addAll(written);
        audit.recordAs(actor, "REVIEW_TARGETS_SET", "TermReview", review.getId(), before, describe(written));
    }

    /** "1. sentence [MOVEMENT/INDICATOR = amount] | 2. …", what the audit keeps of a set. */
    static String describe(List<ReviewTarget> targets) {
        return targets.stream().map(t -> t.getSeq() + ". " + t.getDescription() + (t.getIndicator() == null ? ""
                : " [" + t.getIndicator().getMovement().getCode() + "/" + t.getIndicator().getCode() + " = "
                + t.getAmount().stripTrailingZeros().toPlainString() + "]")).collect(Collectors.joining(" | "));
    }
}
