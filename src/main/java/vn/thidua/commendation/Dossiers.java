package vn.thidua.commendation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PessimisticLockException;
import java.time.LocalDate;
import vn.thidua.platform.error.BusinessException;
import vn.thidua.platform.error.NotFoundException;
import vn.thidua.platform.scope.Action;
import vn.thidua.platform.scope.Scope;
import vn.thidua.platform.time.Formats;

/**
 * Finds a nomination for the services around its dossier (files, batches), with the rules of
 * {@link NominationService}: one the caller may not see is "not found"; its content is changed only by the
 * officers and leaders of the proposing unit, while it is a draft or returned, and under a row lock.
 */
@ApplicationScoped
public class Dossiers {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Scope scope;

    @Inject
    private DraftForms drafts;

    Nomination visible(long id) {
        if (!new NominationQueries(em).isVisible(id, scope.filter(Action.READ, Formats.today()))) {
            throw new NotFoundException("nomination.notFound", id);
        }
        return em.find(Nomination.class, id);
    }

    /** The visible dossier, locked until the transaction ends, if {@code user} may change its content now. */
    Nomination forChange(long id, String user) {
        visible(id);
        Nomination nomination;
        try {
            nomination = em.find(Nomination.class, id, LockModeType.PESSIMISTIC_WRITE);
        } catch (PessimisticLockException | LockTimeoutException e) {
            throw new BusinessException("nomination.changed");
        }
        if (!mayDraft(user, nomination)) {
            throw new NotPermittedException("nomination.forbidden.DRAFT");
        }
        if (!nomination.getState().isEditable()) {
            throw new BusinessException("nomination.notEditable");
        }
        return nomination;
    }

    /** Whether {@code user} is an officer or leader of the unit that proposes the dossier today. */
    boolean mayDraft(String user, Nomination nomination) {
        LocalDate today = Formats.today();
        return drafts.mayDraft(user, new NominationRoutes(em).proposerOn(nomination.getProposingUnit(), today), today);
    }
}
