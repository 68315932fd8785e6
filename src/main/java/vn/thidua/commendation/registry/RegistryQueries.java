package vn.thidua.commendation.registry;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.thidua.commendation.NomineeQueries;
import vn.thidua.commendation.RecipientKind;
import vn.thidua.platform.persistence.Rows;
import vn.thidua.platform.time.Validity;

/**
 * The registry's reads, in SQL, paged in the database: awards by filter within a {@link RegistryScope}, an award's
 * visibility, the awards of a decision or of a nominee. The unit's name is its name on the day of the decision (on
 * its last day if it had ended by then); the recipient's, the award type's and the movement's names are those the
 * award was granted with. A search by name finds an award by the name it was granted to, or by the nominee's name
 * today (after a correction).
 */
public class RegistryQueries {

    static final String PICKED = "picked_family";

    private static final String DAY = "CASE WHEN u.valid_to IS NOT NULL AND u.valid_to <= d.signed_on"
            + " THEN u.valid_to - 1 ELSE d.signed_on END";
    static final String UNIT_NAME = "(SELECT v.name FROM org_unit_version v WHERE v.unit_id = u.id"
            + " AND v.valid_from <= " + DAY + " AND (v.valid_to IS NULL OR v.valid_to > " + DAY + "))";
    private static final String LINE = "SELECT a.id, e.id, a.recipient_name, e.kind, a.job_title, t.code,"
            + " a.award_type_name_vi, a.award_type_name_en, a.award_year, a.period_from, a.period_to, d.id,"
            + " d.number_text, d.signed_on, u.code, " + UNIT_NAME + ", m.code, a.movement_name";
    private static final String FROM = " FROM award a JOIN nominee e ON e.id = a.nominee_id"
            + " JOIN award_type t ON t.id = a.award_type_id JOIN decision d ON d.id = a.decision_id"
            + " JOIN org_unit u ON u.id = a.unit_id LEFT JOIN movement m ON m.id = a.movement_id";
    private static final String NEWEST_FIRST = " ORDER BY a.award_year DESC, d.signed_on DESC, a.id DESC";

    private final EntityManager em;

    public RegistryQueries(EntityManager em) {
        this.em = em;
    }

    /** A page of the awards that match, newest first (by year, then decision date). */
    public List<AwardLine> search(RegistryScope scope, AwardFilter filter, int offset, int limit) {
        Sql sql = where(scope, filter);
        int first = sql.bind(offset);
        int size = sql.bind(limit);
        return lines(sql.query(em, LINE + FROM + sql.where() + NEWEST_FIRST + " OFFSET ?" + first
                + " ROWS FETCH NEXT ?" + size + " ROWS ONLY"));
    }

    public long count(RegistryScope scope, AwardFilter filter) {
        Sql sql = where(scope, filter);
        return Rows.number(sql.query(em, "SELECT COUNT(*)" + FROM + sql.where()).getSingleResult());
    }

    public boolean isVisible(RegistryScope scope, long awardId) {
        Sql sql = new Sql(scope.ctes());
        sql.and(scope.where("a.unit_id"));
        sql.and("a.id = ?" + sql.bind(awardId));
        return Rows.number(sql.query(em, "SELECT COUNT(*) FROM award a" + sql.where()).getSingleResult()) > 0;
    }

    public Optional<AwardLine> award(long awardId) {
        return lines(em.createNativeQuery(LINE + FROM + " WHERE a.id = ?1").setParameter(1, awardId)).stream()
                .findFirst();
    }

    /** The awards a decision grants, in the order they were entered. */
    public List<AwardLine> ofDecision(long decisionId) {
        return lines(em.createNativeQuery(LINE + FROM + " WHERE a.decision_id = ?1 ORDER BY a.id")
                .setParameter(1, decisionId));
    }

    /** The visible awards of one nominee, newest first. */
    public List<AwardLine> ofNominee(RegistryScope scope, long nomineeId) {
        Sql sql = new Sql(scope.ctes());
        sql.and(scope.where("a.unit_id"));
        sql.and("a.nominee_id = ?" + sql.bind(nomineeId));
        return lines(sql.query(em, LINE + FROM + sql.where() + NEWEST_FIRST));
    }

    /** The unit with {@code code} on {@code date}; if none, the last unit that had the code. */
    public Optional<Long> unitId(String code, LocalDate date) {
        List<?> today = em.createNativeQuery("SELECT u.id FROM org_unit u WHERE u.code = ?1 AND "
                + Validity.sql("u", 2)).setParameter(1, code).setParameter(2, date).getResultList();
        List<?> ids = !today.isEmpty() ? today : em.createNativeQuery("SELECT u.id FROM org_unit u WHERE u.code = ?1"
                + " ORDER BY u.valid_from DESC").setParameter(1, code).setMaxResults(1).getResultList();
        return ids.stream().findFirst().map(Rows::number);
    }

    private static Sql where(RegistryScope scope, AwardFilter filter) {
        List<String> ctes = new ArrayList<>(scope.ctes());
        if (filter.unitId() != null) {
            ctes.add(UnitFamilies.cte(PICKED, String.valueOf(filter.unitId())));
        }
        Sql sql = new Sql(ctes);
        sql.and(scope.where("a.unit_id"));
        if (filter.unitId() != null) {
            sql.and("a.unit_id IN (SELECT unit_id FROM " + PICKED + ")");
        }
        if (filter.name() != null) {
            sql.and(nameMatches(sql, NomineeQueries.wordStarts(filter.name())));
        }
        if (filter.year() != null) {
            sql.and("a.award_year = ?" + sql.bind(filter.year()));
        }
        if (filter.awardType() != null) {
            sql.and("a.award_type_id = (SELECT t2.id FROM award_type t2 WHERE t2.code = ?"
                    + sql.bind(filter.awardType()) + ")");
        }
        if (filter.movement() != null) {
            sql.and("a.movement_id = (SELECT m2.id FROM movement m2 WHERE m2.code = ?"
                    + sql.bind(filter.movement()) + ")");
        }
        return sql;
    }

    /** Every word starts a word of the name granted, or every word one of the nominee's name today. */
    private static String nameMatches(Sql sql, List<String> patterns) {
        if (patterns.isEmpty()) {
            return "1 = 0";
        }
        List<String> granted = new ArrayList<>();
        List<String> today = new ArrayList<>();
        for (String pattern : patterns) {
            String parameter = "?" + sql.bind(pattern);
            granted.add(NomineeQueries.wordStartsLike("a.recipient_name_search", parameter));
            today.add(NomineeQueries.wordStartsLike("e.name_search", parameter));
        }
        return "((" + String.join(" AND ", granted) + ") OR (" + String.join(" AND ", today) + "))";
    }

    static List<AwardLine> lines(Query query) {
        return ((List<?>) query.getResultList()).stream().map(row -> (Object[]) row).map(r -> new AwardLine(
                Rows.number(r[0]), Rows.number(r[1]), Rows.text(r[2]), RecipientKind.valueOf(Rows.text(r[3])),
                Rows.text(r[4]), Rows.text(r[5]), Rows.text(r[6]), Rows.text(r[7]), (int) Rows.number(r[8]),
                (int) Rows.number(r[9]), (int) Rows.number(r[10]), Rows.number(r[11]), Rows.text(r[12]),
                Rows.date(r[13]), Rows.text(r[14]), Rows.text(r[15]), Rows.text(r[16]), Rows.text(r[17])))
                .toList();
    }
}
