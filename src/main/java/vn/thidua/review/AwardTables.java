package vn.thidua.review;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.thidua.commendation.RecipientKind;
import vn.thidua.commendation.registry.AwardStatistics;

/**
 * The commendations of a review's period as tables: awards by type (with the level that grants it) and by kind of
 * recipient, each with a column per year and a total, and the decisions issued.
 */
public record AwardTables(List<Integer> years, List<Line> byType, List<Line> byRecipient, long total,
                          List<AwardStatistics.IssuedDecision> decisions) {

    /** A row: what it counts ({@code level} is the granting level's name, or null), per year and in total. */
    public record Line(String key, String name, String level, List<Long> perYear, long total) {
    }

    public static AwardTables of(AwardStatistics statistics, int from, int to) {
        List<Integer> years = new ArrayList<>();
        for (int year = from; year <= to; year++) {
            years.add(year);
        }
        Map<String, long[]> types = new LinkedHashMap<>();
        Map<String, String[]> typeNames = new LinkedHashMap<>();
        Map<String, long[]> kinds = new LinkedHashMap<>();
        for (RecipientKind kind : RecipientKind.values()) {
            kinds.put(kind.name(), new long[years.size()]);
        }
        long total = 0;
        for (AwardStatistics.Count count : statistics.counts()) {
            int index = count.year() - from;
            if (index < 0 || index >= years.size()) {
                continue;
            }
            types.computeIfAbsent(count.awardType(), k -> new long[years.size()])[index] += count.awards();
            typeNames.putIfAbsent(count.awardType(), new String[] {count.awardTypeName(), count.levelName()});
            kinds.get(count.recipientKind().name())[index] += count.awards();
            total += count.awards();
        }
        List<Line> byType = new ArrayList<>();
        types.forEach((code, counts) -> byType.add(line(code, typeNames.get(code)[0], typeNames.get(code)[1], counts)));
        List<Line> byRecipient = new ArrayList<>();
        kinds.forEach((kind, counts) -> byRecipient.add(line(kind, null, null, counts)));
        return new AwardTables(List.copyOf(years), byType, byRecipient, total, statistics.decisions());
    }

    private static Line line(String key, String name, String level, long[] counts) {
        List<Long> perYear = new ArrayList<>();
        long sum = 0;
        for (long count : counts) {
            perYear.add(count);
            sum += count;
        }
        return new Line(key, name, level, perYear, sum);
    }
}
