package vn.thidua.movement;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import vn.thidua.organization.OrgUnit;

/**
 * An indicator's target for a unit and the units below it over a span of years, written set-wise by unit id (codes
 * are reused across reforms, ids are not). Each year reaches the subtree as it was on the structure days of that
 * year's periods of the movement's kind (their {@code as_of}: the tree their reports use), down to the indicator's
 * entry level. A share (yes/no, coverage) is a percentage every unit can reach, so it holds for each of them; a sum
 * (count, money) is set for the unit alone, since a child's part of a total cannot be guessed. One statement over
 * the tree, not one per unit (a province has some 1,500 units a year). Callers check the caller's rights over the unit.
 */
public final class SubtreeTargets {

    /**
     * {@code sub(unit_id, yr, on_day)}: the unit each year, and the units below it on each structure day down to a
     * rank. Its values are written in, numbers and an enum name (on H2 2.2, parameters in the first part of this
     * recursive query came out NULL): the unit, the period kind, the years, the deepest rank.
     */
    private static final String TREE = "WITH RECURSIVE sub(unit_id, yr, on_day) AS ("
            + " SELECT u.id, p.period_year, p.as_of FROM org_unit u JOIN reporting_period p"
            + " ON p.kind = '%2$s' AND p.period_year BETWEEN %3$d AND %4$d WHERE u.id = %1$d"
            + " UNION ALL SELECT v.unit_id, s.yr, s.on_day FROM sub s JOIN org_unit_version v ON v.parent_id = s.unit_id"
            + " AND v.valid_from <= s.on_day AND (v.valid_to IS NULL OR v.valid_to > s.on_day)"
            + " JOIN org_unit u ON u.id = v.unit_id JOIN org_level l ON l.id = u.level_id WHERE l.rank_order <= %5$d) ";

    /** Unit ids per DELETE: short enough for any statement, few statements for a province (some 1,500 a year). */
    private static final int SLICE = 1000;

    private final EntityManager em;

    public SubtreeTargets(EntityManager em) {
        this.em = em;
    }

    /** Sets the target of each year [from, to], replacing what those units had; answers how many rows it wrote. */
    public int set(Indicator indicator, OrgUnit unit, int from, int to, BigDecimal amount) {
        BigDecimal valid = IndicatorTarget.valid(indicator, amount);
        remove(indicator, unit, from, to);
        return em.createNativeQuery("INSERT INTO indicator_target (id, version, indicator_id, unit_id, target_year,"
                        + " amount) " + tree(indicator, unit, from, to) + "SELECT nextval('thidua_seq'), 0,"
                        + " CAST(?1 AS BIGINT), x.unit_id, x.yr, CAST(?2 AS NUMERIC(20, 2))"
                        + " FROM (SELECT DISTINCT unit_id, yr FROM sub) x")
                .setParameter(1, indicator.getId()).setParameter(2, valid).executeUpdate();
    }

    /**
     * Removes the targets {@link #set} writes for these years, whatever their amount; answers how many. The units are
     * read once over the tree, then removed a year and a slice of ids at a time (PostgreSQL takes no recursive WITH
     * in a MERGE, and H2 would walk the tree again for each row a DELETE … WHERE EXISTS looks at).
     */
    public int remove(Indicator indicator, OrgUnit unit, int from, int to) {
        Map<Integer, List<Long>> byYear = new TreeMap<>();
        for (Object row : em.createNativeQuery(tree(indicator, unit, from, to) + "SELECT DISTINCT yr, unit_id FROM sub")
                .getResultList()) {
            Object[] r = (Object[]) row;
            byYear.computeIfAbsent(((Number) r[0]).intValue(), y -> new ArrayList<>()).add(((Number) r[1]).longValue());
        }
        int removed = 0;
        for (Map.Entry<Integer, List<Long>> year : byYear.entrySet()) {
            List<Long> ids = year.getValue();
            for (int start = 0; start < ids.size(); start += SLICE) {
                String slice = ids.subList(start, Math.min(ids.size(), start + SLICE)).stream().map(String::valueOf)
                        .collect(Collectors.joining(","));
                removed += em.createNativeQuery("DELETE FROM indicator_target WHERE indicator_id = ?1"
                                + " AND target_year = ?2 AND unit_id IN (" + slice + ")")
                        .setParameter(1, indicator.getId()).setParameter(2, year.getKey()).executeUpdate();
            }
        }
        return removed;
    }

    /** The tree of the statement; flushes what the statement must see and marks the movement's results changed. */
    private String tree(Indicator indicator, OrgUnit unit, int from, int to) {
        em.flush();
        ResultsVersion.changed(em, indicator.getMovement().getId());
        int deepest = indicator.getKind().isShare() ? indicator.getEntryLevel().getRank() : 0;
        return String.format(java.util.Locale.ROOT, TREE, unit.getId(), indicator.getMovement().getPeriodKind().name(),
                from, to, deepest);
    }
}
