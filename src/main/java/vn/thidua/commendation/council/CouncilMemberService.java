package vn.thidua.commendation.council;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import vn.thidua.commendation.NotPermittedException;
import vn.thidua.identity.Role;
import vn.thidua.organization.OrgUnit;
import vn.thidua.platform.audit.AuditLog;
import vn.thidua.platform.error.BusinessException;
import vn.thidua.platform.error.NotFoundException;
import vn.thidua.platform.scope.Action;
import vn.thidua.platform.scope.Scope;
import vn.thidua.platform.time.Formats;

/**
 * The members of a unit's council, each for a term: listed to those whose scope reaches the unit, managed by its
 * administrators and by the unit's own leaders (see {@link CouncilAccess}). A term ends, it is not deleted: past
 * sessions keep counting the members they had.
 */
@Stateless
public class CouncilMemberService {

    private static final int SUGGESTIONS = 15;

    /** A new seat: {@code validFrom} and {@code validTo} as yyyy-MM-dd (from today and open-ended when blank). */
    public record MemberForm(String unitCode, String username, Boolean secretary, String validFrom, String validTo) {
    }

    /** A change to a seat: its secretary flag (kept when null) and the end of its term (open-ended when blank). */
    public record MemberChange(Long version, Boolean secretary, String validTo) {
    }

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext context;

    @Inject
    private CouncilAccess access;

    @Inject
    private Scope scope;

    @Inject
    private AuditLog audit;

    /** The members of the unit's council on {@code asOf} (yyyy-MM-dd; today when blank). */
    @RolesAllowed({Role.ADMIN_NAME, Role.LEADER_NAME, Role.OFFICER_NAME, Role.COUNCIL_MEMBER_NAME, Role.VIEWER_NAME})
    public List<CouncilViews.Member> list(String unitCode, String asOf) {
        LocalDate date = Formats.isoDate(asOf, Formats.today());
        return queries().members(access.readableUnit(unitCode, date).getId(), date);
    }

    @RolesAllowed({Role.ADMIN_NAME, Role.LEADER_NAME, Role.OFFICER_NAME, Role.COUNCIL_MEMBER_NAME, Role.VIEWER_NAME})
    public boolean canManage(String unitCode) {
        return access.mayManageMembers(user(), access.readableUnit(unitCode, Formats.today()));
    }

    @RolesAllowed({Role.ADMIN_NAME, Role.LEADER_NAME})
    public CouncilViews.Member add(MemberForm form) {
        MemberForm f = form == null ? new MemberForm(null, null, null, null, null) : form;
        OrgUnit unit = access.unitToday(f.unitCode());
        requireManager(unit);
        long userId = queries().userId(f.username()).orElseThrow(() ->
                new BusinessException("council.member.noUser", String.valueOf(f.username())));
        LocalDate from = Formats.isoDate(f.validFrom(), Formats.today());
        LocalDate to = Formats.isoDate(f.validTo(), null);
        if (queries().overlaps(unit.getId(), userId, from, to)) {
            throw new BusinessException("council.member.already", f.username().trim());
        }
        CouncilMember member = new CouncilMember(unit, userId, Boolean.TRUE.equals(f.secretary()), from, to);
        em.persist(member);
        em.flush();
        audit.record("COUNCIL_MEMBER_ADDED", "CouncilMember", member.getId(), null, describe(member));
        return view(member);
    }

    @RolesAllowed({Role.ADMIN_NAME, Role.LEADER_NAME})
    public CouncilViews.Member change(long id, MemberChange change) {
        MemberChange c = change == null ? new MemberChange(null, null, null) : change;
        CouncilMember member = em.find(CouncilMember.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (member == null || !scope.covers(Action.READ, member.getUnit().getId(), Formats.today())) {
            throw new NotFoundException("council.member.notFound", id);
        }
        requireManager(member.getUnit());
        if (c.version() == null || c.version() != member.getVersion()) {
            throw new BusinessException("council.member.changed");
        }
        String before = describe(member);
        member.change(c.secretary() == null ? member.isSecretary() : c.secretary(),
                Formats.isoDate(c.validTo(), null));
        em.flush();
        audit.record("COUNCIL_MEMBER_CHANGED", "CouncilMember", member.getId(), before, describe(member));
        return view(member);
    }

    /** Users who hold a role at the unit today, as usernames, for the member field of the page. */
    @RolesAllowed({Role.ADMIN_NAME, Role.LEADER_NAME})
    public List<String> candidates(String unitCode, String text) {
        OrgUnit unit = access.unitToday(unitCode);
        requireManager(unit);
        return queries().usersAt(unit.getId(), text, Formats.today(), SUGGESTIONS);
    }

    private void requireManager(OrgUnit unit) {
        if (!access.mayManageMembers(user(), unit)) {
            throw new NotPermittedException("council.member.forbidden");
        }
    }

    private CouncilViews.Member view(CouncilMember member) {
        return queries().member(member.getId());
    }

    private String describe(CouncilMember member) {
        return member.getUnit().getCode() + " | " + queries().displayName(member.getId())
                + (member.isSecretary() ? " | secretary" : "") + " | " + Formats.date(member.getValidFrom()) + " - "
                + Formats.date(member.getValidTo());
    }

    private CouncilQueries queries() {
        return new CouncilQueries(em);
    }

    private String user() {
        return context.getCallerPrincipal().getName();
    }
}
