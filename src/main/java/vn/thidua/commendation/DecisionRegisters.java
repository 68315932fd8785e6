package vn.thidua.commendation;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import vn.thidua.organization.OrgUnit;

/**
 * Gives decision numbers, gapless and unique per issuing unit and year under concurrency: the register row is read
 * with SELECT ... FOR UPDATE and incremented in the caller's transaction, so concurrent deciders queue on it and a
 * rolled-back decision gives its number back. The first number of a year creates the row under a lock on the issuing
 * unit's row, so that two first numbers cannot both insert it.
 */
public class DecisionRegisters {

    private final EntityManager em;

    public DecisionRegisters(EntityManager em) {
        this.em = em;
    }

    /** The next number of {@code issuer}'s register for {@code year}; the register stays locked until commit. */
    public int next(OrgUnit issuer, int year) {
        DecisionRegister register = locked(issuer, year);
        if (register == null) {
            em.createNativeQuery("SELECT id FROM org_unit WHERE id = ?1 FOR UPDATE")
                    .setParameter(1, issuer.getId()).getResultList();
            register = locked(issuer, year);
            if (register == null) {
                register = new DecisionRegister(issuer, year);
                em.persist(register);
            }
        }
        int seq = register.take();
        em.flush();
        return seq;
    }

    private DecisionRegister locked(OrgUnit issuer, int year) {
        return em.createQuery("select r from DecisionRegister r where r.issuingUnit = :unit and r.year = :year",
                        DecisionRegister.class)
                .setParameter("unit", issuer).setParameter("year", year)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst().orElse(null);
    }
}
