package vn.thidua.commendation.council;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.thidua.commendation.NominationState;
import vn.thidua.commendation.SqlInstants;
import vn.thidua.platform.persistence.Rows;
import vn.thidua.platform.time.Validity;

/** The reads of the council, in SQL. Who has voted is listed by name, never in the order the votes came. */
public class CouncilQueries {

    /** An agenda row as stored: the nomination and, once its session closed, the fixed result. */
    record AgendaRow(long nominationId, String nomineeName, String awardType, String awardTypeName,
                     NominationState state, CouncilViews.Result result) {
    }

    private final EntityManager em;

    public CouncilQueries(EntityManager em) {
        this.em = em;
    }

    /** The seat {@code username} holds on the unit's council on {@code date}. */
    public Optional<CouncilMember> memberOf(long unitId, String username, LocalDate date) {
        List<?> ids = em.createNativeQuery("SELECT m.id FROM council_member m JOIN app_user u ON u.id = m.user_id"
                        + " WHERE m.unit_id = ?1 AND u.username = ?2 AND " + Validity.sql("m", 3) + " ORDER BY m.id")
                .setParameter(1, unitId).setParameter(2, username).setParameter(3, date).getResultList();
        return ids.stream().findFirst().map(id -> em.find(CouncilMember.class, Rows.number(id)));
    }

    /** The members of the unit's council on {@code date}, by name. */
    public List<CouncilViews.Member> members(long unitId, LocalDate date) {
        List<?> rows = em.createNativeQuery("SELECT m.id, m.version, u.username, u.display_name, m.secretary,"
                        + " m.valid_from, m.valid_to FROM council_member m JOIN app_user u ON u.id = m.user_id"
                        + " WHERE m.unit_id = ?1 AND " + Validity.sql("m", 2) + " ORDER BY u.display_name, m.id")
                .setParameter(1, unitId).setParameter(2, date).getResultList();
        return rows.stream().map(row -> (Object[]) row).map(CouncilQueries::memberOf).toList();
    }

    public CouncilViews.Member member(long memberId) {
        Object[] r = (Object[]) em.createNativeQuery("SELECT m.id, m.version, u.username, u.display_name,"
                        + " m.secretary, m.valid_from, m.valid_to FROM council_member m"
                        + " JOIN app_user u ON u.id = m.user_id WHERE m.id = ?1")
                .setParameter(1, memberId).getSingleResult();
        return memberOf(r);
    }

    private static CouncilViews.Member memberOf(Object[] r) {
        return new CouncilViews.Member(Rows.number(r[0]), Rows.number(r[1]), Rows.text(r[2]), Rows.text(r[3]),
                Rows.bool(r[4]), Rows.date(r[5]), Rows.date(r[6]));
    }

    /** The users sitting on the unit's council on {@code date}. */
    public List<Long> memberUsers(long unitId, LocalDate date) {
        List<?> rows = em.createNativeQuery("SELECT m.user_id FROM council_member m WHERE m.unit_id = ?1 AND "
                + Validity.sql("m", 2) + " ORDER BY m.user_id").setParameter(1, unitId).setParameter(2, date)
                .getResultList();
        return rows.stream().map(Rows::number).toList();
    }

    /** Whether the user already holds a seat on the unit's council at some day of [from, to). */
    public boolean overlaps(long unitId, long userId, LocalDate from, LocalDate to) {
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM council_member m WHERE m.unit_id = ?1"
                        + " AND m.user_id = ?2 AND (m.valid_to IS NULL OR m.valid_to > ?3) AND m.valid_from < ?4")
                .setParameter(1, unitId).setParameter(2, userId).setParameter(3, from)
                .setParameter(4, to == null ? LocalDate.of(9999, 12, 31) : to).getSingleResult()).longValue() > 0;
    }

    /** The enabled user named {@code username}. */
    public Optional<Long> userId(String username) {
        List<?> ids = em.createNativeQuery("SELECT id FROM app_user WHERE username = ?1 AND enabled = TRUE")
                .setParameter(1, username == null ? "" : username.trim()).getResultList();
        return ids.stream().findFirst().map(Rows::number);
    }

    public String displayName(long memberId) {
        return Rows.text(em.createNativeQuery("SELECT u.display_name FROM council_member m"
                + " JOIN app_user u ON u.id = m.user_id WHERE m.id = ?1").setParameter(1, memberId).getSingleResult());
    }

    /** The users holding a role at the unit today whose name or username contains {@code text}: who may sit. */
    public List<String> usersAt(long unitId, String text, LocalDate date, int limit) {
        String like = "%" + (text == null ? "" : text.trim().toLowerCase()) + "%";
        List<?> rows = em.createNativeQuery("SELECT DISTINCT u.username, u.display_name FROM app_user u"
                        + " JOIN role_assignment ra ON ra.user_id = u.id WHERE ra.org_unit_id = ?1 AND u.enabled = TRUE"
                        + " AND " + Validity.sql("ra", 2) + " AND (LOWER(u.username) LIKE ?3"
                        + " OR LOWER(u.display_name) LIKE ?3) ORDER BY u.display_name, u.username")
                .setParameter(1, unitId).setParameter(2, date).setParameter(3, like).setMaxResults(limit)
                .getResultList();
        return rows.stream().map(row -> (Object[]) row).map(r -> Rows.text(r[0])).toList();
    }

    /** The unit's sessions, the latest first. */
    public List<CouncilViews.SessionSummary> sessions(long unitId) {
        List<?> rows = em.createNativeQuery("SELECT s.id, s.title, s.held_on, s.status,"
                        + " (SELECT COUNT(*) FROM council_agenda_item a WHERE a.session_id = s.id)"
                        + " FROM council_session s WHERE s.unit_id = ?1 ORDER BY s.held_on DESC, s.id DESC")
                .setParameter(1, unitId).getResultList();
        return rows.stream().map(row -> (Object[]) row).map(r -> new CouncilViews.SessionSummary(Rows.number(r[0]),
                Rows.text(r[1]), Rows.date(r[2]), SessionStatus.valueOf(Rows.text(r[3])), (int) Rows.number(r[4])))
                .toList();
    }

    List<AgendaRow> agenda(long sessionId) {
        List<?> rows = em.createNativeQuery("SELECT n.id, e.name, t.code, t.name_vi, n.state, a.agree, a.disagree,"
                        + " a.abstain, a.members, a.passed, t.vote_threshold FROM council_agenda_item a"
                        + " JOIN nomination n ON n.id = a.nomination_id JOIN nominee e ON e.id = n.nominee_id"
                        + " JOIN award_type t ON t.id = n.award_type_id WHERE a.session_id = ?1 ORDER BY e.name, n.id")
                .setParameter(1, sessionId).getResultList();
        List<AgendaRow> agenda = new ArrayList<>();
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            CouncilViews.Result result = r[9] == null ? null : new CouncilViews.Result((int) Rows.number(r[5]),
                    (int) Rows.number(r[6]), (int) Rows.number(r[7]), (int) Rows.number(r[8]),
                    r[10] == null ? null : new BigDecimal(r[10].toString()), Rows.bool(r[9]));
            agenda.add(new AgendaRow(Rows.number(r[0]), Rows.text(r[1]), Rows.text(r[2]), Rows.text(r[3]),
                    NominationState.valueOf(Rows.text(r[4])), result));
        }
        return agenda;
    }

    /** Who has voted on each item of the session, by name. */
    Map<Long, List<CouncilViews.Voter>> voters(long sessionId) {
        List<?> rows = em.createNativeQuery("SELECT v.nomination_id, u.display_name, v.written FROM vote_record v"
                        + " JOIN council_member m ON m.id = v.member_id JOIN app_user u ON u.id = m.user_id"
                        + " WHERE v.session_id = ?1 ORDER BY u.display_name, u.username")
                .setParameter(1, sessionId).getResultList();
        Map<Long, List<CouncilViews.Voter>> voters = new LinkedHashMap<>();
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            voters.computeIfAbsent(Rows.number(r[0]), id -> new ArrayList<>())
                    .add(new CouncilViews.Voter(Rows.text(r[1]), Rows.bool(r[2])));
        }
        return voters;
    }

    /** The members of the session's council who have not voted on each item, by name. */
    Map<Long, List<CouncilViews.Person>> notVoted(long sessionId, long unitId, LocalDate heldOn) {
        List<?> rows = em.createNativeQuery("SELECT a.nomination_id, m.id, u.display_name FROM council_agenda_item a"
                        + " JOIN council_member m ON m.unit_id = ?2 AND " + Validity.sql("m", 3)
                        + " JOIN app_user u ON u.id = m.user_id WHERE a.session_id = ?1 AND NOT EXISTS (SELECT 1"
                        + " FROM vote_record v WHERE v.session_id = a.session_id"
                        + " AND v.nomination_id = a.nomination_id AND v.member_id = m.id)"
                        + " ORDER BY u.display_name, m.id")
                .setParameter(1, sessionId).setParameter(2, unitId).setParameter(3, heldOn).getResultList();
        Map<Long, List<CouncilViews.Person>> absent = new LinkedHashMap<>();
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            absent.computeIfAbsent(Rows.number(r[0]), id -> new ArrayList<>())
                    .add(new CouncilViews.Person(Rows.number(r[1]), Rows.text(r[2])));
        }
        return absent;
    }

    /** The items of the session on which the member has voted. */
    Set<Long> votedBy(long sessionId, long memberId) {
        List<?> rows = em.createNativeQuery("SELECT nomination_id FROM vote_record WHERE session_id = ?1"
                + " AND member_id = ?2").setParameter(1, sessionId).setParameter(2, memberId).getResultList();
        Set<Long> ids = new HashSet<>();
        rows.forEach(id -> ids.add(Rows.number(id)));
        return ids;
    }

    /**
     * The session that votes, or voted, on the nomination since it came before the council at {@code stageSince}:
     * the open one, else the last closed.
     */
    public Optional<CouncilSession> sessionOf(long nominationId, Instant stageSince) {
        List<?> ids = em.createNativeQuery("SELECT s.id FROM council_session s JOIN council_agenda_item a"
                        + " ON a.session_id = s.id WHERE a.nomination_id = ?1 AND (s.status = 'OPEN'"
                        + " OR s.closed_at >= ?2) ORDER BY CASE WHEN s.status = 'OPEN' THEN 0 ELSE 1 END,"
                        + " s.closed_at DESC, s.id DESC")
                .setParameter(1, nominationId).setParameter(2, SqlInstants.of(stageSince)).setMaxResults(1)
                .getResultList();
        return ids.stream().findFirst().map(id -> em.find(CouncilSession.class, Rows.number(id)));
    }

    /** Nominations the unit's council has to vote on that are on no open agenda and were not voted on this time. */
    public List<CouncilViews.Candidate> candidates(long unitId) {
        List<?> rows = em.createNativeQuery("SELECT n.id, e.name, t.name_vi FROM nomination n"
                        + " JOIN nominee e ON e.id = n.nominee_id JOIN award_type t ON t.id = n.award_type_id"
                        + " WHERE n.current_unit_id = ?1 AND n.state = 'COUNCIL_VOTE' AND NOT EXISTS (SELECT 1"
                        + " FROM council_agenda_item a JOIN council_session s ON s.id = a.session_id"
                        + " WHERE a.nomination_id = n.id AND (s.status = 'OPEN' OR s.closed_at >= n.stage_since))"
                        + " ORDER BY e.name, n.id")
                .setParameter(1, unitId).getResultList();
        return rows.stream().map(row -> (Object[]) row).map(r -> new CouncilViews.Candidate(Rows.number(r[0]),
                Rows.text(r[1]), Rows.text(r[2]))).toList();
    }

    void addItem(long sessionId, long nominationId) {
        em.createNativeQuery("INSERT INTO council_agenda_item (session_id, nomination_id) VALUES (?1, ?2)")
                .setParameter(1, sessionId).setParameter(2, nominationId).executeUpdate();
    }

    /** Removes an item; whether it was on the agenda. */
    boolean removeItem(long sessionId, long nominationId) {
        return em.createNativeQuery("DELETE FROM council_agenda_item WHERE session_id = ?1 AND nomination_id = ?2")
                .setParameter(1, sessionId).setParameter(2, nominationId).executeUpdate() > 0;
    }

    void fixResult(long sessionId, long nominationId, CouncilViews.Result result) {
        em.createNativeQuery("UPDATE council_agenda_item SET agree = ?3, disagree = ?4, abstain = ?5, members = ?6,"
                        + " passed = ?7 WHERE session_id = ?1 AND nomination_id = ?2")
                .setParameter(1, sessionId).setParameter(2, nominationId).setParameter(3, result.agree())
                .setParameter(4, result.disagree()).setParameter(5, result.abstain())
                .setParameter(6, result.members()).setParameter(7, result.passed()).executeUpdate();
    }

    long votesOn(long sessionId, long nominationId) {
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM vote_record WHERE session_id = ?1"
                        + " AND nomination_id = ?2").setParameter(1, sessionId).setParameter(2, nominationId)
                .getSingleResult()).longValue();
    }
}
