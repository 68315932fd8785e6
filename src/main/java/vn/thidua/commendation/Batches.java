package vn.thidua.commendation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import vn.thidua.platform.error.BusinessException;
import vn.thidua.platform.error.NotFoundException;
import vn.thidua.platform.scope.Action;
import vn.thidua.platform.scope.Scope;
import vn.thidua.platform.time.Formats;

/**
 * Finds and fills submission batches for the batch services, inside their transaction: a batch is seen by those
 * whose scope covers its sending unit (elsewhere it is "not found"), changed only by that unit's officers and
 * leaders before it is sent, and takes only nominations it can send ({@link BatchStep}) that are in no other open
 * batch.
 */
@ApplicationScoped
public class Batches {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Scope scope;

    @Inject
    private DraftForms drafts;

    @Inject
    private Dossiers dossiers;

    SubmissionBatch visible(long id) {
        SubmissionBatch batch = em.find(SubmissionBatch.class, id);
        if (batch == null || !scope.covers(Action.READ, batch.getFromUnit().getId(),
                DraftForms.lastDay(batch.getFromUnit(), Formats.today()))) {
            throw new NotFoundException("batch.notFound", id);
        }
        return batch;
    }

    /** The visible batch, locked until the transaction ends, if {@code user} may change it now. */
    SubmissionBatch forChange(long id, String user) {
        visible(id);
        SubmissionBatch batch = em.find(SubmissionBatch.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (!drafts.mayDraft(user, batch.getFromUnit(), Formats.today())) {
            throw new NotPermittedException("batch.forbidden");
        }
        if (batch.isSent()) {
            throw new BusinessException("batch.sent");
        }
        return batch;
    }

    /** Replaces the batch's nominations by those named, each checked to be one the batch can send. */
    void setItems(SubmissionBatch batch, List<Long> ids) {
        Set<Long> wanted = new LinkedHashSet<>(ids);
        wanted.remove(null);
        batch.getNominations().stream().filter(n -> !wanted.contains(n.getId())).forEach(batch::remove);
        BatchQueries queries = new BatchQueries(em);
        for (Long nominationId : wanted) {
            Nomination nomination = dossiers.visible(nominationId);
            if (BatchStep.of(nomination, batch.getFromUnit().getId()).isEmpty()) {
                throw new BusinessException("batch.item.notSendable.named", nomination.getNominee().getName());
            }
            queries.otherOpenBatch(nominationId, batch.getId()).ifPresent(other -> {
                throw new BusinessException("batch.item.inOtherBatch", nomination.getNominee().getName(), other);
            });
            batch.add(nomination);
        }
    }

    BatchView view(SubmissionBatch batch, String user) {
        LocalDate today = Formats.today();
        long from = batch.getFromUnit().getId();
        List<BatchView.Item> items = batch.getNominations().stream()
                .map(n -> new BatchView.Item(n.getId(), n.getVersion(), n.getNominee().getName(),
                        n.getAwardType().getCode(), n.getAwardType().getNameVi(), n.getState(),
                        batch.isSent() ? null : BatchStep.of(n, from).orElse(null)))
                .toList();
        return new BatchView(batch.getId(), batch.getVersion(), batch.getFromUnit().getCode(),
                batch.getFromUnit().nameOn(today), batch.getToUnit().getCode(), batch.getToUnit().nameOn(today),
                batch.getLetterNumber(), batch.getLetterDate(), batch.getCoverLetter(), batch.getCreatedBy(),
                batch.getCreatedAt(), batch.getSentAt(), items,
                !batch.isSent() && drafts.mayDraft(user, batch.getFromUnit(), today));
    }

    /** The batch for the audit log. */
    static String describe(SubmissionBatch batch) {
        return batch.getFromUnit().getCode() + " -> " + batch.getToUnit().getCode() + " | " + batch.getLetterNumber()
                + " | " + Formats.date(batch.getLetterDate()) + " | " + batch.getNominations().stream()
                .map(n -> String.valueOf(n.getId())).toList();
    }
}
