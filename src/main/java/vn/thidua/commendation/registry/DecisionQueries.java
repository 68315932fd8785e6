package vn.thidua.commendation.registry;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import vn.thidua.platform.persistence.Rows;

/**
 * The decisions a caller may see ({@link RegistryScope}: issued by a unit of their family or above them), paged in
 * SQL, newest first; optionally those issued by a unit's family in a year.
 */
public class DecisionQueries {

    private static final String LINE = "SELECT d.id, d.number_text, u.code, " + RegistryQueries.UNIT_NAME + ","
            + " d.decision_year, d.signed_on, t.code, d.award_type_name_vi, d.award_type_name_en, d.subject,"
            + " (SELECT COUNT(*) FROM award a WHERE a.decision_id = d.id)";
    private static final String FROM = " FROM decision d JOIN org_unit u ON u.id = d.issuing_unit_id"
            + " LEFT JOIN award_type t ON t.id = d.award_type_id";

    private final EntityManager em;

    public DecisionQueries(EntityManager em) {
        this.em = em;
    }

    public List<DecisionSummary> page(RegistryScope scope, Long unitId, Integer year, int offset, int limit) {
        Sql sql = where(scope, unitId, year);
        int first = sql.bind(offset);
        int size = sql.bind(limit);
        return summaries(sql, LINE + FROM + sql.where() + " ORDER BY d.signed_on DESC, d.id DESC OFFSET ?" + first
                + " ROWS FETCH NEXT ?" + size + " ROWS ONLY");
    }

    public long count(RegistryScope scope, Long unitId, Integer year) {
        Sql sql = where(scope, unitId, year);
        return Rows.number(sql.query(em, "SELECT COUNT(*)" + FROM + sql.where()).getSingleResult());
    }

    public boolean isVisible(RegistryScope scope, long decisionId) {
        Sql sql = new Sql(scope.ctes());
        sql.and(scope.where("d.issuing_unit_id"));
        sql.and("d.id = ?" + sql.bind(decisionId));
        return Rows.number(sql.query(em, "SELECT COUNT(*) FROM decision d" + sql.where()).getSingleResult()) > 0;
    }

    public DecisionSummary summary(long decisionId) {
        Sql sql = new Sql(List.of());
        sql.and("d.id = ?" + sql.bind(decisionId));
        return summaries(sql, LINE + FROM + sql.where()).get(0);
    }

    private static Sql where(RegistryScope scope, Long unitId, Integer year) {
        List<String> ctes = new ArrayList<>(scope.ctes());
        if (unitId != null) {
            ctes.add(UnitFamilies.cte(RegistryQueries.PICKED, String.valueOf(unitId)));
        }
        Sql sql = new Sql(ctes);
        sql.and(scope.where("d.issuing_unit_id"));
        if (unitId != null) {
            sql.and("d.issuing_unit_id IN (SELECT unit_id FROM " + RegistryQueries.PICKED + ")");
        }
        if (year != null) {
            sql.and("d.decision_year = ?" + sql.bind(year));
        }
        return sql;
    }

    private List<DecisionSummary> summaries(Sql sql, String select) {
        return ((List<?>) sql.query(em, select).getResultList()).stream().map(row -> (Object[]) row)
                .map(r -> new DecisionSummary(Rows.number(r[0]), Rows.text(r[1]), Rows.text(r[2]), Rows.text(r[3]),
                        (int) Rows.number(r[4]), Rows.date(r[5]), Rows.text(r[6]), Rows.text(r[7]),
                        Rows.text(r[8]), Rows.text(r[9]), Rows.number(r[10])))
                .toList();
    }
}
