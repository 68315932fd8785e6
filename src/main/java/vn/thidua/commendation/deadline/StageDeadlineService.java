package vn.thidua.commendation.deadline;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import vn.thidua.commendation.NominationState;
import vn.thidua.identity.Role;
import vn.thidua.platform.audit.AuditLog;
import vn.thidua.platform.error.BusinessException;

/** The days each stage may take before reminders: read by everyone, set by administrators. */
@Stateless
public class StageDeadlineService {

    /** A stage's deadline as shown; {@code days} null when the state has none. */
    public record DeadlineView(NominationState state, Long version, Integer days) {
    }

    @PersistenceContext
    private EntityManager em;

    @Inject
    private AuditLog audit;

    /** Every state that may have a deadline, in the order of the chain, with its days if it has one. */
    @RolesAllowed({Role.ADMIN_NAME, Role.LEADER_NAME, Role.OFFICER_NAME, Role.COUNCIL_MEMBER_NAME, Role.VIEWER_NAME})
    public List<DeadlineView> list() {
        return StageDeadline.STATES.stream().map(state -> {
            StageDeadline deadline = em.find(StageDeadline.class, state.name());
            return deadline == null ? new DeadlineView(state, null, null)
                    : new DeadlineView(state, deadline.getVersion(), deadline.getDays());
        }).toList();
    }

    /** Sets the days of a state's deadline ({@code version} as read; null for a state without one yet). */
    @RolesAllowed(Role.ADMIN_NAME)
    public DeadlineView change(String stateName, Long version, Integer days) {
        NominationState state = NominationState.parse(stateName);
        if (days == null) {
            throw new BusinessException("deadline.days.invalid", StageDeadline.MAX_DAYS);
        }
        StageDeadline deadline = em.find(StageDeadline.class, state.name(), LockModeType.PESSIMISTIC_WRITE);
        String before = deadline == null ? null : String.valueOf(deadline.getDays());
        if (deadline == null) {
            if (version != null) {
                throw new BusinessException("deadline.changed");
            }
            deadline = new StageDeadline(state, days);
            em.persist(deadline);
        } else {
            if (version == null || version != deadline.getVersion()) {
                throw new BusinessException("deadline.changed");
            }
            deadline.change(days);
        }
        em.flush();
        audit.record("STAGE_DEADLINE_CHANGED", "StageDeadline", state.name(), before, String.valueOf(days));
        return new DeadlineView(state, deadline.getVersion(), deadline.getDays());
    }
}
