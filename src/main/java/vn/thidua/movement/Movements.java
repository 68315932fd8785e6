package vn.thidua.movement;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import vn.thidua.platform.error.NotFoundException;

/** Finds a movement by code inside the caller's transaction; callers check scope. */
@ApplicationScoped
public class Movements {

    @PersistenceContext
    private EntityManager em;

    public Movement find(String code) {
        return em.createQuery("select m from Movement m where m.code = :code", Movement.class)
                .setParameter("code", code == null ? "" : code.trim().toUpperCase(java.util.Locale.ROOT))
                .getResultStream().findFirst().orElseThrow(() -> new NotFoundException("movement.notFound", code));
    }

    public Indicator indicator(Movement movement, String code) {
        return movement.getIndicators().stream().filter(i -> i.getCode().equalsIgnoreCase(code == null ? "" : code.trim()))
                .findFirst().orElseThrow(() -> new vn.thidua.platform.error.BusinessException("indicator.unknown",
                        String.valueOf(code)));
    }
}
