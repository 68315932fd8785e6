package vn.thidua.commendation;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import vn.thidua.platform.persistence.Rows;
import vn.thidua.platform.scope.ScopeFilter;
import vn.thidua.platform.text.SearchText;

/**
 * The reads of nominee records, in SQL. A nominee is in the caller's scope when their home unit, as the tree was on
 * its last day (today, for a unit that still exists), lies under a unit the caller's roles reach: the same rule as
 * {@link vn.thidua.platform.scope.Scope#covers} for one nominee, so a commune merged away keeps its people
 * findable by the commune that inherited its history. Names match without diacritics, each word of the query at
 * the start of a word of the name ("nguyen van a" and "nguyen a" find "Nguyễn Văn A"), as in the registry.
 */
public class NomineeQueries {

    private static final int MAX_WORDS = 6;

    private final EntityManager em;

    public NomineeQueries(EntityManager em) {
        this.em = em;
    }

    public NomineePage search(ScopeFilter scope, String text, RecipientKind kind, LocalDate today, int page,
                              int size) {
        List<Object> parameters = new ArrayList<>();
        if (!scope.everything()) {
            parameters.add(today);
        }
        StringBuilder match = new StringBuilder("1 = 1");
        for (String pattern : wordStarts(text)) {
            parameters.add(pattern);
            match.append(" AND ").append(wordStartsLike("e.name_search", "?" + parameters.size()));
        }
        if (kind != null) {
            parameters.add(kind.name());
            match.append(" AND e.kind = ?").append(parameters.size());
        }
        String where = " WHERE " + match + (scope.everything() ? "" : " AND e.home_unit_id IN (SELECT home_id"
                + " FROM homes WHERE unit_id IN (" + scope.rootIds() + "))");
        String homes = scope.everything() ? "" : "WITH RECURSIVE homes(home_id, unit_id, on_day) AS ("
                + "SELECT u.id, u.id, CASE WHEN u.valid_to IS NULL OR u.valid_to > ?1 THEN ?1 ELSE u.valid_to - 1 END"
                + " FROM org_unit u WHERE u.id IN (SELECT e.home_unit_id FROM nominee e WHERE " + match + ")"
                + " UNION ALL SELECT h.home_id, v.parent_id, h.on_day FROM org_unit_version v"
                + " JOIN homes h ON v.unit_id = h.unit_id WHERE v.valid_from <= h.on_day"
                + " AND (v.valid_to IS NULL OR v.valid_to > h.on_day) AND v.parent_id IS NOT NULL) ";
        long total = ((Number) NominationQueries.bind(em.createNativeQuery(homes + "SELECT COUNT(*) FROM nominee e"
                + where), parameters).getSingleResult()).longValue();
        String exact = SearchText.normalize(text);
        parameters.add(exact);
        int exactParameter = parameters.size();
        parameters.add((long) page * size);
        parameters.add(size);
        Query items = NominationQueries.bind(em.createNativeQuery(homes + "SELECT " + COLUMNS + " FROM nominee e"
                + " JOIN org_unit u ON u.id = e.home_unit_id" + where
                + " ORDER BY CASE WHEN e.name_search = ?" + exactParameter + " THEN 0 ELSE 1 END, e.name_search, e.id"
                + " OFFSET ?" + (parameters.size() - 1) + " ROWS FETCH NEXT ?" + parameters.size() + " ROWS ONLY"),
                parameters);
        return new NomineePage(total, summaries(items.getResultList()));
    }

    /** One nominee's summary, or null. */
    public NomineeSummary summary(long id) {
        List<NomineeSummary> found = summaries(em.createNativeQuery("SELECT " + COLUMNS + " FROM nominee e"
                + " JOIN org_unit u ON u.id = e.home_unit_id WHERE e.id = ?1").setParameter(1, id).getResultList());
        return found.isEmpty() ? null : found.get(0);
    }

    /** The nominations of the nominee visible in {@code scope}, newest first. */
    public List<DossierLine> nominations(long nomineeId, ScopeFilter scope) {
        return DossierLine.rows(em.createNativeQuery(DossierLine.SELECT + " WHERE n.nominee_id = ?1 AND "
                + NominationQueries.visible(scope) + " ORDER BY n.id DESC").setParameter(1, nomineeId).getResultList());
    }

    /**
     * The LIKE patterns that find each word of {@code text} at the start of a word of a name, for
     * {@link #wordStartsLike}: "Nguyễn a" gives "% nguyen%" and "% a%". Empty when the text has no word.
     */
    public static List<String> wordStarts(String text) {
        return words(text).stream().map(word -> "% " + word + "%").toList();
    }

    /**
     * SQL: the name in {@code column}, stored for search (no diacritics, lower case), matches the pattern of
     * {@link #wordStarts} bound at {@code parameter}; a space is put before the name so its first word starts too.
     */
    public static String wordStartsLike(String column, String parameter) {
        return "(' ' || " + column + ") LIKE " + parameter;
    }

    /** The words of a query as names are stored for search: no diacritics, lower case, no LIKE wildcards. */
    static List<String> words(String text) {
        String normal = SearchText.normalize(text).replaceAll("[%_\\\\]", " ").trim();
        return normal.isEmpty() ? List.of() : Arrays.stream(normal.split(" ")).filter(w -> !w.isEmpty())
                .distinct().limit(MAX_WORDS).toList();
    }

    private static final String COLUMNS = "e.id, e.kind, e.name, e.birth_year, e.gender, e.job_title, e.deceased,"
            + " u.code, " + latestName("u") + ","
            + " (SELECT COUNT(*) FROM nominee_case c WHERE c.nominee_id = e.id AND c.status = 'PENDING')";

    /** SQL: the current (or last) name of the org unit aliased {@code alias}. */
    static String latestName(String alias) {
        return "(SELECT v.name FROM org_unit_version v WHERE v.unit_id = " + alias + ".id ORDER BY v.valid_from DESC"
                + " FETCH FIRST 1 ROWS ONLY)";
    }

    private static List<NomineeSummary> summaries(List<?> rows) {
        return rows.stream().map(row -> (Object[]) row)
                .map(r -> new NomineeSummary(Rows.number(r[0]), RecipientKind.valueOf(Rows.text(r[1])),
                        Rows.text(r[2]), r[3] == null ? null : ((Number) r[3]).intValue(),
                        r[4] == null ? null : Gender.valueOf(Rows.text(r[4])), Rows.text(r[5]), Rows.bool(r[6]),
                        Rows.text(r[7]), Rows.text(r[8]), Rows.number(r[9])))
                .toList();
    }
}
