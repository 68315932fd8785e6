package vn.thidua.organization;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Looks up the unit that had a code on a date (codes are reused across reforms), inside the caller's transaction.
 * Callers check scope themselves: this only finds.
 */
@ApplicationScoped
public class OrgUnits {

    @PersistenceContext
    private EntityManager em;

    public Optional<OrgUnit> find(String code, LocalDate date) {
        if (code == null || date == null) {
            return Optional.empty();
        }
        return em.createQuery("select u from OrgUnit u where u.code = :code and u.validFrom <= :date "
                        + "and (u.validTo is null or u.validTo > :date)", OrgUnit.class)
                .setParameter("code", code.trim()).setParameter("date", date).getResultStream().findFirst();
    }
}
