package vn.thidua.commendation.registry;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.List;

/**
 * A native query being built: its common table expressions (WITH RECURSIVE), its conditions joined by AND, and its
 * positional parameters in order. Values are always bound; only SQL written here and ids read from the database
 * are put into the text.
 */
final class Sql {

    private final List<String> ctes;
    private final List<String> conditions = new ArrayList<>();
    private final List<Object> parameters = new ArrayList<>();

    Sql(List<String> ctes) {
        this.ctes = List.copyOf(ctes);
    }

    void and(String condition) {
        conditions.add(condition);
    }

    /** Adds a parameter; answers its position, for "?" + position. */
    int bind(Object value) {
        parameters.add(value);
        return parameters.size();
    }

    /** " WHERE a AND b", or nothing. */
    String where() {
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    /** The query {@code select} (which uses {@link #where}) preceded by the WITH clause, parameters bound. */
    Query query(EntityManager em, String select) {
        String with = ctes.isEmpty() ? "" : "WITH RECURSIVE " + String.join(", ", ctes) + " ";
        Query query = em.createNativeQuery(with + select);
        for (int i = 0; i < parameters.size(); i++) {
            query.setParameter(i + 1, parameters.get(i));
        }
        return query;
    }
}
