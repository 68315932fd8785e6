package vn.thidua.result;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import vn.thidua.platform.persistence.Rows;

/**
 * Rolls up a movement's indicators for some units over a list of periods, in four SQL reads of pre-aggregated
 * rows whatever the size of the subtrees: the units whose history each unit inherited (its lineage, so a commune
 * formed in 2025 carries what its old communes reported in 2019–2024), then the totals and the census of all of
 * them by unit, and the units' targets. Callers check scope; ids are numbers from the database, never user text.
 */
public class Rollups {

    private static final String LINEAGE = "WITH RECURSIVE lin(root_id, unit_id) AS ("
            + " SELECT u.id, u.id FROM org_unit u WHERE u.id IN (%s)"
            + " UNION ALL SELECT lin.root_id, l.predecessor_id FROM org_event_link l JOIN lin"
            + " ON l.successor_id = lin.unit_id WHERE l.inherits_history = TRUE) ";

    private final EntityManager em;

    public Rollups(EntityManager em) {
        this.em = em;
    }

    public Map<Long, List<IndicatorValue>> compute(Collection<Long> unitIds, List<IndicatorInfo> indicators,
                                                   List<PeriodInfo> periods, boolean approvedOnly) {
        Map<Long, List<IndicatorValue>> result = new LinkedHashMap<>();
        if (unitIds.isEmpty() || indicators.isEmpty() || periods.isEmpty()) {
            unitIds.forEach(id -> result.put(id, List.of()));
            return result;
        }
        String units = ids(unitIds);
        String periodIds = ids(periods.stream().map(PeriodInfo::id).toList());
        String indicatorIds = ids(indicators.stream().map(IndicatorInfo::countedId).distinct().toList());
        String suffix = approvedOnly ? "approved" : "all";
        // The lineage first (a few rows), then plain index reads by unit: one query joining both lets the planner
        // guess the lineage large and scan every total.
        Map<Long, List<Long>> rootsOf = new HashMap<>();
        for (Object row : em.createNativeQuery(LINEAGE.formatted(units) + "SELECT root_id, unit_id FROM lin")
                .getResultList()) {
            Object[] r = (Object[]) row;
            rootsOf.computeIfAbsent(Rows.number(r[1]), k -> new ArrayList<>()).add(Rows.number(r[0]));
        }
        String lineage = ids(rootsOf.keySet());
        Map<Long, Map<String, RollupRule.Total>> totals = new HashMap<>();
        for (Object row : em.createNativeQuery("SELECT t.unit_id, t.indicator_id, t.period_id, t.amount_" + suffix
                + ", t.yes_" + suffix + ", t.answers_" + suffix + " FROM result_total t WHERE t.unit_id IN (" + lineage
                + ") AND t.period_id IN (" + periodIds + ") AND t.indicator_id IN (" + indicatorIds + ")")
                .getResultList()) {
            Object[] r = (Object[]) row;
            RollupRule.Total total = new RollupRule.Total(Rows.number(r[3]), Rows.number(r[4]), Rows.number(r[5]));
            String key = RollupRule.MapFacts.key(Rows.number(r[1]), Rows.number(r[2]));
            for (Long root : rootsOf.get(Rows.number(r[0]))) {
                totals.computeIfAbsent(root, k -> new HashMap<>()).merge(key, total, RollupRule.Total::plus);
            }
        }
        Map<Long, Map<String, Long>> census = new HashMap<>();
        for (Object row : em.createNativeQuery("SELECT c.unit_id, c.period_id, c.level_id, c.units FROM org_census c"
                + " WHERE c.unit_id IN (" + lineage + ") AND c.period_id IN (" + periodIds + ")").getResultList()) {
            Object[] r = (Object[]) row;
            String key = RollupRule.MapFacts.key(Rows.number(r[1]), Rows.number(r[2]));
            for (Long root : rootsOf.get(Rows.number(r[0]))) {
                census.computeIfAbsent(root, k -> new HashMap<>()).merge(key, Rows.number(r[3]), Long::sum);
            }
        }
        Map<Long, Map<String, BigDecimal>> targets = new HashMap<>();
        int firstYear = periods.get(0).year();
        int lastYear = periods.get(periods.size() - 1).year();
        for (Object row : em.createNativeQuery("SELECT t.unit_id, t.indicator_id, t.target_year, t.amount"
                        + " FROM indicator_target t WHERE t.unit_id IN (" + units + ") AND t.indicator_id IN ("
                        + ids(indicators.stream().map(IndicatorInfo::id).toList()) + ") AND t.target_year BETWEEN ?1 AND ?2")
                .setParameter(1, firstYear).setParameter(2, lastYear).getResultList()) {
            Object[] r = (Object[]) row;
            targets.computeIfAbsent(Rows.number(r[0]), k -> new HashMap<>()).put(
                    RollupRule.MapFacts.key(Rows.number(r[1]), Rows.number(r[2])), (BigDecimal) r[3]);
        }
        for (Long unitId : unitIds) {
            RollupRule.Facts facts = new RollupRule.MapFacts(totals.getOrDefault(unitId, Map.of()),
                    census.getOrDefault(unitId, Map.of()), targets.getOrDefault(unitId, Map.of()));
            result.put(unitId, indicators.stream().map(i -> RollupRule.apply(i, periods, facts)).toList());
        }
        return result;
    }

    /** The unit and the units whose history it inherited, repeatedly. */
    java.util.Set<Long> lineageOf(long unitId) {
        java.util.Set<Long> lineage = new java.util.HashSet<>();
        em.createNativeQuery(LINEAGE.formatted(unitId) + "SELECT unit_id FROM lin").getResultList()
                .forEach(id -> lineage.add(Rows.number(id)));
        return lineage;
    }

    static String ids(Collection<Long> ids) {
        return ids.stream().map(String::valueOf).collect(Collectors.joining(","));
    }
}
