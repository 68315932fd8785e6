package vn.thidua.platform.audit;

import jakarta.persistence.Query;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The JPQL WHERE clause (alias {@code e}) and its parameters for an {@link AuditQuery}; the one place that
 * turns filters into SQL, shared by the page query and its count. Action and entity type match exactly; actor
 * and entity id match case-insensitively anywhere in the value ("contains"), with LIKE wildcards escaped.
 */
public record AuditWhere(String clause, Map<String, Object> parameters) {

    private static final char ESCAPE = '!';

    public static AuditWhere of(AuditQuery query) {
        StringBuilder jpql = new StringBuilder();
        Map<String, Object> parameters = new LinkedHashMap<>();
        if (present(query.actor())) {
            add(jpql, "lower(e.actor) like :actor escape '" + ESCAPE + "'");
            parameters.put("actor", contains(query.actor()));
        }
        if (present(query.action())) {
            add(jpql, "e.action = :action");
            parameters.put("action", query.action().trim());
        }
        if (present(query.entityType())) {
            add(jpql, "e.entityType = :entityType");
            parameters.put("entityType", query.entityType().trim());
        }
        if (present(query.entityId())) {
            add(jpql, "lower(e.entityId) like :entityId escape '" + ESCAPE + "'");
            parameters.put("entityId", contains(query.entityId()));
        }
        if (query.from() != null) {
            add(jpql, "e.occurredAt >= :from");
            parameters.put("from", query.fromInstant());
        }
        if (query.to() != null) {
            add(jpql, "e.occurredAt < :to");
            parameters.put("to", query.toExclusive());
        }
        return new AuditWhere(jpql.toString(), Map.copyOf(parameters));
    }

    /** This clause, narrowed to the entries {@code actor} made. */
    public AuditWhere onlyBy(String actor) {
        Map<String, Object> narrowed = new LinkedHashMap<>(parameters);
        narrowed.put("self", actor);
        return new AuditWhere(clause + (clause.isEmpty() ? " where " : " and ") + "e.actor = :self",
                Map.copyOf(narrowed));
    }

    /** Sets this clause's parameters on a query built with {@link #clause()}. */
    public <Q extends Query> Q bind(Q query) {
        parameters.forEach(query::setParameter);
        return query;
    }

    private static void add(StringBuilder jpql, String condition) {
        jpql.append(jpql.length() == 0 ? " where " : " and ").append(condition);
    }

    private static boolean present(String text) {
        return text != null && !text.isBlank();
    }

    static String contains(String text) {
        String escaped = text.trim().toLowerCase(Locale.ROOT)
                .replace(String.valueOf(ESCAPE), "" + ESCAPE + ESCAPE)
                .replace("%", ESCAPE + "%")
                .replace("_", ESCAPE + "_");
        return "%" + escaped + "%";
    }
}
