package vn.thidua.commendation.deadline;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.function.Function;

/**
 * {@link DeadlineRound.Transactions} in the container: each piece of work in a new JTA transaction. Only the timer
 * uses it, with work written in this package; it reaches no caller's data on its own.
 */
@Stateless
@LocalBean
@PermitAll
public class NewTransactions implements DeadlineRound.Transactions {

    @PersistenceContext
    private EntityManager em;

    @Override
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public <T> T inNew(Function<EntityManager, T> work) {
        return work.apply(em);
    }
}
