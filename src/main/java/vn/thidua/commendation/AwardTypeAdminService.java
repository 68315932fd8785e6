package vn.thidua.commendation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.Locale;
import vn.thidua.identity.Role;
import vn.thidua.organization.OrgLevel;
import vn.thidua.platform.audit.AuditLog;
import vn.thidua.platform.error.BusinessException;
import vn.thidua.platform.error.NotFoundException;

/**
 * Award types configured by administrators: a new type, or a changed configuration (refused as "already changed"
 * when someone saved in between). A type in use is retired by making it inactive, never deleted. Changes are
 * audited; nominations already under way keep following the type as it is when each step is taken.
 */
@Stateless
@RolesAllowed(Role.ADMIN_NAME)
public class AwardTypeAdminService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private AuditLog audit;

    public AwardTypeView create(AwardTypeForm form) {
        AwardTypeForm f = form == null ? empty() : form;
        AwardType type = new AwardType(f.code());
        if (find(type.getCode()) != null) {
            throw new BusinessException("awardType.code.taken", type.getCode());
        }
        type.configure(f, level(f.grantingLevel()), prior(f.priorType()));
        em.persist(type);
        em.flush();
        audit.record("AWARD_TYPE_CREATED", "AwardType", type.getCode(), null, describe(type));
        return AwardTypeView.of(type);
    }

    public AwardTypeView update(String code, AwardTypeForm form) {
        AwardType type = find(code);
        if (type == null) {
            throw new NotFoundException("awardType.unknown", code);
        }
        em.lock(type, LockModeType.PESSIMISTIC_WRITE);
        em.refresh(type);
        AwardTypeForm f = form == null ? empty() : form;
        if (f.version() == null || f.version() != type.getVersion()) {
            throw new BusinessException("awardType.changed");
        }
        String before = describe(type);
        type.configure(f, level(f.grantingLevel()), prior(f.priorType()));
        em.flush();
        audit.record("AWARD_TYPE_CHANGED", "AwardType", type.getCode(), before, describe(type));
        return AwardTypeView.of(type);
    }

    private AwardType find(String code) {
        return em.createQuery("select t from AwardType t where t.code = :code", AwardType.class)
                .setParameter("code", code == null ? "" : code.trim().toUpperCase(Locale.ROOT))
                .getResultStream().findFirst().orElse(null);
    }

    private OrgLevel level(String code) {
        return OrgLevel.find(em, code)
                .orElseThrow(() -> new BusinessException("awardType.level.unknown", String.valueOf(code)));
    }

    private AwardType prior(String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        AwardType prior = find(code);
        if (prior == null) {
            throw new BusinessException("awardType.unknown", code);
        }
        return prior;
    }

    private static AwardTypeForm empty() {
        return new AwardTypeForm(null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null);
    }

    private static String describe(AwardType t) {
        return t.getNameVi() + " | " + t.getGrantingLevel().getCode() + " | " + t.getRecipientKinds()
                + " | vote " + t.isCouncilVote() + " " + t.getVoteThreshold() + " | comment " + t.isPublicComment()
                + " " + t.getCommentDays() + " | " + t.eligibility() + " | " + t.getDecisionPattern()
                + " | active " + t.isActive();
    }
}
