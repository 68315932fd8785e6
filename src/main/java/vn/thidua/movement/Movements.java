package vn.thidua.movement;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import vn.thidua.platform.error.NotFoundException;

/** Finds a movement by code inside the caller's transaction; callers check scope. */
@ApplicationScoped
public class Movements {

    @PersistenceContext
    private EntityManager em;

    public Movement find(String code) {
        return em.createQuery("select m from Movement m where m.code = :code", Movement.class)
                .setParameter("code", normalized(code))
                .getResultStream().findFirst().orElseThrow(() -> new NotFoundException("movement.notFound", code));
    }

    /** What identifies a movement's state: its id, its results version and its own version. */
    public record Head(long id, long resultsVersion, long version) {
    }

    /** {@link #find} without loading the movement: one row, for callers that keep what they make of it. */
    public Head head(String code) {
        List<?> rows = em.createNativeQuery("SELECT id, results_version, version FROM movement WHERE code = ?1")
                .setParameter(1, normalized(code)).getResultList();
        if (rows.isEmpty()) {
            throw new NotFoundException("movement.notFound", code);
        }
        Object[] row = (Object[]) rows.get(0);
        return new Head(((Number) row[0]).longValue(), ((Number) row[1]).longValue(), ((Number) row[2]).longValue());
    }

    private static String normalized(String code) {
        return code == null ? "" : code.trim().toUpperCase(java.util.Locale.ROOT);
    }

    public Indicator indicator(Movement movement, String code) {
        return movement.getIndicators().stream().filter(i -> i.getCode().equalsIgnoreCase(code == null ? "" : code.trim()))
                .findFirst().orElseThrow(() -> new vn.thidua.platform.error.BusinessException("indicator.unknown",
                        String.valueOf(code)));
    }
}
