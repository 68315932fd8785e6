package vn.thidua.platform.audit;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Writes audit rows inside the caller's transaction, so a change and its record commit or roll back together.
 * Callers are other services, which have already checked the caller's rights.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class AuditLog {

    public static final String SYSTEM = "system";

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext context;

    public void record(String action, String entityType, Object entityId, String before, String after) {
        String actor = context.getCallerPrincipal() == null ? SYSTEM : context.getCallerPrincipal().getName();
        recordAs(actor, action, entityType, entityId, before, after);
    }

    public void recordAs(String actor, String action, String entityType, Object entityId, String before,
                         String after) {
        em.persist(new AuditEntry(actor, action, entityType, entityId == null ? null : entityId.toString(),
                before, after));
    }
}
