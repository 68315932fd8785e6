package vn.thidua.commendation.council;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.Set;
import vn.thidua.commendation.NominationQueries;
import vn.thidua.identity.Role;
import vn.thidua.organization.OrgUnit;
import vn.thidua.organization.OrgUnits;
import vn.thidua.platform.error.NotFoundException;
import vn.thidua.platform.scope.Action;
import vn.thidua.platform.scope.Scope;
import vn.thidua.platform.time.Formats;

/**
 * Who may do what with a unit's council, asked by the council's services (which hold the caller's identity):
 * <ul>
 * <li>see its members and sessions: any role whose scope reaches the unit (and the members themselves);</li>
 * <li>manage its members: an administrator whose scope reaches the unit, or a leader of the unit itself;</li>
 * <li>hold sessions (agenda, closing): the officers and leaders of the unit itself;</li>
 * <li>enter written votes: the secretary, i.e. an officer of the unit or the member named secretary;</li>
 * <li>vote: the members of the council on the session's day.</li>
 * </ul>
 * What is outside the caller's scope is "not found", as if it did not exist.
 */
@ApplicationScoped
public class CouncilAccess {

    private static final Set<Role> STAFF = Set.of(Role.OFFICER, Role.LEADER);

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Scope scope;

    @Inject
    private OrgUnits units;

    /** The unit with the code on {@code date}, if the caller's scope reaches it then; otherwise not found. */
    OrgUnit readableUnit(String code, LocalDate date) {
        OrgUnit unit = units.find(code, date).orElseThrow(() -> unitNotFound(code));
        if (!scope.covers(Action.READ, unit.getId(), date)) {
            throw unitNotFound(code);
        }
        return unit;
    }

    /** The unit with the code today (the caller's rights are checked separately). */
    OrgUnit unitToday(String code) {
        return units.find(code, Formats.today()).orElseThrow(() -> unitNotFound(code));
    }

    /** The session, if the caller's scope reaches its unit today or the caller sits on its council. */
    CouncilSession session(long id, String user) {
        return session(id, user, LockModeType.NONE);
    }

    /** The same, read with {@code lock} (a pessimistic lock is held until the transaction ends). */
    CouncilSession session(long id, String user, LockModeType lock) {
        CouncilSession session = em.find(CouncilSession.class, id, lock);
        if (session == null || !(scope.covers(Action.READ, session.getUnit().getId(), Formats.today())
                || queries().memberOf(session.getUnit().getId(), user, session.getHeldOn()).isPresent())) {
            throw new NotFoundException("council.session.notFound", id);
        }
        return session;
    }

    boolean mayManageMembers(String user, OrgUnit unit) {
        LocalDate today = Formats.today();
        return scope.covers(Action.ADMINISTER, unit.getId(), today)
                || roles(user, unit, today).contains(Role.LEADER);
    }

    boolean isStaff(String user, OrgUnit unit) {
        return roles(user, unit, Formats.today()).stream().anyMatch(STAFF::contains);
    }

    boolean isSecretary(String user, CouncilSession session) {
        return roles(user, session.getUnit(), Formats.today()).contains(Role.OFFICER)
                || queries().memberOf(session.getUnit().getId(), user, session.getHeldOn())
                .filter(CouncilMember::isSecretary).isPresent();
    }

    private Set<Role> roles(String user, OrgUnit unit, LocalDate date) {
        return new NominationQueries(em).rolesAt(user, unit.getId(), date);
    }

    private CouncilQueries queries() {
        return new CouncilQueries(em);
    }

    private static NotFoundException unitNotFound(String code) {
        return new NotFoundException("council.unit.notFound", String.valueOf(code));
    }
}
