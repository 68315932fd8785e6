package vn.thidua.platform.audit;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import vn.thidua.platform.scope.Action;
import vn.thidua.platform.scope.Scope;
import vn.thidua.platform.time.Formats;

/**
 * Reading the audit log; administrators only. An administrator whose scope is the whole tree reads everything;
 * one responsible for part of it (a commune's administrator) reads only what they did. Filtering and paging
 * happen in SQL.
 */
@Stateless
@RolesAllowed("ADMIN") // the role name as a literal: platform does not depend on identity
public class AuditService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Scope scope;

    @Resource
    private SessionContext context;

    /** A page of matching entries, newest first. */
    public List<AuditEntry> find(AuditQuery query, int offset, int limit) {
        AuditWhere where = where(query);
        return where.bind(em.createQuery("select e from AuditEntry e" + where.clause()
                        + " order by e.occurredAt desc, e.id desc", AuditEntry.class))
                .setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    public long count(AuditQuery query) {
        AuditWhere where = where(query);
        return where.bind(em.createQuery("select count(e) from AuditEntry e" + where.clause(), Long.class))
                .getSingleResult();
    }

    private AuditWhere where(AuditQuery query) {
        AuditWhere where = AuditWhere.of(query);
        return scope.filter(Action.ADMINISTER, Formats.today()).everything() ? where
                : where.onlyBy(context.getCallerPrincipal().getName());
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
