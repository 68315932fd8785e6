package vn.thidua.commendation;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import vn.thidua.identity.Role;
import vn.thidua.platform.persistence.Rows;
import vn.thidua.platform.scope.ScopeFilter;
import vn.thidua.platform.time.Validity;

/**
 * The reads of the nominations feature, in SQL. Visibility is one rule for the list and for a single dossier: the
 * caller's scope reaches a unit on its route (the units that proposed, hold or held it, and those above them).
 */
public class NominationQueries {

    private final EntityManager em;

    public NominationQueries(EntityManager em) {
        this.em = em;
    }

    /**
     * The roles {@code username} holds at exactly {@code unitId} on {@code date}. The scope answers "does a role
     * reach this unit"; the workflow needs the roles held at one unit, since each level acts in its own name.
     */
    public Set<Role> rolesAt(String username, long unitId, LocalDate date) {
        List<?> rows = em.createNativeQuery("SELECT ra.role_name FROM role_assignment ra"
                        + " JOIN app_user au ON au.id = ra.user_id WHERE au.username = ?1 AND au.enabled = TRUE"
                        + " AND ra.org_unit_id = ?2 AND " + Validity.sql("ra", 3))
                .setParameter(1, username).setParameter(2, unitId).setParameter(3, date).getResultList();
        Set<Role> roles = EnumSet.noneOf(Role.class);
        rows.forEach(name -> roles.add(Role.valueOf(name.toString())));
        return roles;
    }

    /** The units where {@code username} holds one of {@code roles} on {@code date}. */
    public List<Long> unitsWith(String username, Set<Role> roles, LocalDate date) {
        String names = roles.stream().map(role -> "'" + role.name() + "'").sorted().collect(Collectors.joining(", "));
        List<?> rows = em.createNativeQuery("SELECT DISTINCT ra.org_unit_id FROM role_assignment ra"
                        + " JOIN app_user au ON au.id = ra.user_id WHERE au.username = ?1 AND au.enabled = TRUE"
                        + " AND ra.role_name IN (" + names + ") AND " + Validity.sql("ra", 2))
                .setParameter(1, username).setParameter(2, date).getResultList();
        return rows.stream().map(id -> ((Number) id).longValue()).toList();
    }

    public boolean isVisible(long nominationId, ScopeFilter scope) {
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM nomination n WHERE n.id = ?1 AND "
                + visible(scope)).setParameter(1, nominationId).getSingleResult()).longValue() > 0;
    }

    /**
     * A page of the visible nominations, newest first, optionally in one state, of one award type and for nominees
     * whose name has the words of {@code text} (diacritics ignored, as {@link NomineeQueries} matches names).
     */
    public NominationPage page(ScopeFilter scope, NominationFilter filter, int page, int size) {
        List<Object> parameters = new ArrayList<>();
        String where = " WHERE " + visible(scope);
        if (filter.state() != null) {
            parameters.add(filter.state().name());
            where += " AND n.state = ?" + parameters.size();
        }
        if (filter.awardType() != null) {
            parameters.add(filter.awardType());
            where += " AND t.code = ?" + parameters.size();
        }
        for (String word : NomineeQueries.words(filter.text())) {
            parameters.add("% " + word + "%");
            where += " AND (' ' || e.name_search) LIKE ?" + parameters.size();
        }
        String from = " FROM nomination n JOIN nominee e ON e.id = n.nominee_id"
                + " JOIN award_type t ON t.id = n.award_type_id";
        Query count = bind(em.createNativeQuery("SELECT COUNT(*)" + from + where), parameters);
        parameters.add((long) page * size);
        parameters.add(size);
        Query items = bind(em.createNativeQuery("SELECT n.id, e.name, t.code, n.state, u.code" + from
                + " JOIN org_unit u ON u.id = n.proposing_unit_id" + where + " ORDER BY n.id DESC"
                + " OFFSET ?" + (parameters.size() - 1) + " ROWS FETCH NEXT ?" + parameters.size() + " ROWS ONLY"),
                parameters);
        long total = ((Number) count.getSingleResult()).longValue();
        List<NominationSummary> lines = ((List<?>) items.getResultList()).stream().map(row -> (Object[]) row)
                .map(r -> new NominationSummary(Rows.number(r[0]), Rows.text(r[1]), Rows.text(r[2]),
                        NominationState.valueOf(Rows.text(r[3])), Rows.text(r[4])))
                .toList();
        return new NominationPage(total, lines);
    }

    public List<NominationView.Step> history(long nominationId) {
        return em.createQuery("select h.fromState, h.toState, h.action, h.actor, u.code, h.comment, h.occurredAt"
                        + " from NominationTransition h join h.unit u where h.nomination.id = :id"
                        + " order by h.occurredAt, h.id", Object[].class)
                .setParameter("id", nominationId).getResultList().stream()
                .map(r -> new NominationView.Step((NominationState) r[0], (NominationState) r[1],
                        (NominationAction) r[2], (String) r[3], (String) r[4], (String) r[5], (Instant) r[6]))
                .toList();
    }

    /**
     * The council's tally on a nomination: the result of the session that closed its vote since the dossier came
     * before the council this time (agree votes over all members of the council on the session's day). Before that
     * session closes nothing is agreed yet, out of the granting unit's council members on {@code date}.
     */
    public CouncilTally tally(Nomination nomination, LocalDate date) {
        List<?> closed = em.createNativeQuery("SELECT a.agree, a.members FROM council_agenda_item a"
                        + " JOIN council_session s ON s.id = a.session_id WHERE a.nomination_id = ?1"
                        + " AND s.status = 'CLOSED' AND s.closed_at >= ?2 ORDER BY s.closed_at DESC, s.id DESC")
                .setParameter(1, nomination.getId()).setParameter(2, SqlInstants.of(nomination.getStageSince()))
                .setMaxResults(1).getResultList();
        if (!closed.isEmpty()) {
            Object[] result = (Object[]) closed.get(0);
            return nomination.getAwardType().tally(Rows.number(result[0]), Rows.number(result[1]));
        }
        return nomination.getAwardType().tally(0, councilSize(nomination.getCurrentUnit().getId(), date));
    }

    /** The title of an open council session with the nomination on its agenda; null when there is none. */
    public String openSession(long nominationId) {
        List<?> titles = em.createNativeQuery("SELECT s.title FROM council_session s JOIN council_agenda_item a"
                        + " ON a.session_id = s.id WHERE a.nomination_id = ?1 AND s.status = 'OPEN' ORDER BY s.id")
                .setParameter(1, nominationId).setMaxResults(1).getResultList();
        return titles.isEmpty() ? null : Rows.text(titles.get(0));
    }

    /** How many members the council of the unit has on {@code date}: all of them count toward a threshold. */
    public long councilSize(long unitId, LocalDate date) {
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM council_member m WHERE m.unit_id = ?1"
                        + " AND " + Validity.sql("m", 2))
                .setParameter(1, unitId).setParameter(2, date).getSingleResult()).longValue();
    }

    /** SQL: the nomination aliased n is visible in {@code scope}; the root ids are numbers read from the database. */
    static String visible(ScopeFilter scope) {
        return scope.everything() ? "1 = 1" : "EXISTS (SELECT 1 FROM nomination_route r"
                + " WHERE r.nomination_id = n.id AND r.unit_id IN (" + scope.rootIds() + "))";
    }

    static Query bind(Query query, List<Object> parameters) {
        for (int i = 0; i < parameters.size(); i++) {
            query.setParameter(i + 1, parameters.get(i));
        }
        return query;
    }
}
