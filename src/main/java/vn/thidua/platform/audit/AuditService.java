package vn.thidua.platform.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** Reading the audit log; administrators only. Filtering and paging happen in SQL. */
@Stateless
@RolesAllowed("ADMIN") // the role name as a literal: platform does not depend on identity
public class AuditService {

    @PersistenceContext
    private EntityManager em;

    /** A page of matching entries, newest first. */
    public List<AuditEntry> find(AuditQuery query, int offset, int limit) {
        AuditWhere where = AuditWhere.of(query);
        return where.bind(em.createQuery("select e from AuditEntry e" + where.clause()
                        + " order by e.occurredAt desc, e.id desc", AuditEntry.class))
                .setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    public long count(AuditQuery query) {
        AuditWhere where = AuditWhere.of(query);
        return where.bind(em.createQuery("select count(e) from AuditEntry e" + where.clause(), Long.class))
                .getSingleResult();
    }

    /** The actions present in the log, for the filter's choices. */
    public List<String> actions() {
        return em.createQuery("select distinct e.action from AuditEntry e order by e.action", String.class)
                .getResultList();
    }

    /** The entity types present in the log, for the filter's choices. */
    public List<String> entityTypes() {
        return em.createQuery("select distinct e.entityType from AuditEntry e order by e.entityType", String.class)
                .getResultList();
    }
}
