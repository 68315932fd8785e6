package vn.thidua.commendation;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicLong;
import vn.thidua.organization.OrgUnit;

/**
 * Test data for commendation's JPA tests on the Flyway schema: users with roles, and dossiers put straight into a
 * state at a unit (as if the chain had brought them there). Ids of users and roles are taken from 95000 up.
 */
public final class TestDossiers {

    /** The province seeded by V2 (code 22), which grants Bằng khen. */
    public static final long PROVINCE = 100;
    public static final LocalDate SINCE = LocalDate.of(2020, 1, 1);

    private static final AtomicLong IDS = new AtomicLong(95000);

    private TestDossiers() {
    }

    /** A new enabled user; its id. */
    public static long user(EntityManager em, String username, String displayName) {
        long id = IDS.incrementAndGet();
        em.createNativeQuery("INSERT INTO app_user (id, username, display_name, password_hash, created_at)"
                + " VALUES (?1, ?2, ?3, 'x', CURRENT_TIMESTAMP)").setParameter(1, id).setParameter(2, username)
                .setParameter(3, displayName).executeUpdate();
        return id;
    }

    /** {@code role} for the user at the unit since {@link #SINCE}. */
    public static void grant(EntityManager em, long userId, String role, long unitId) {
        em.createNativeQuery("INSERT INTO role_assignment (id, user_id, role_name, org_unit_id, valid_from)"
                        + " VALUES (?1, ?2, ?3, ?4, ?5)").setParameter(1, IDS.incrementAndGet())
                .setParameter(2, userId).setParameter(3, role).setParameter(4, unitId).setParameter(5, SINCE)
                .executeUpdate();
    }

    /**
     * A dossier of a new individual proposed and held by {@code unitId} for the award type, in {@code state} since
     * {@code since}; its id.
     */
    public static long dossier(EntityManager em, long unitId, String awardType, String nominee, NominationState state,
                               Instant since) {
        OrgUnit unit = em.find(OrgUnit.class, unitId);
        Nominee person = new Nominee(RecipientKind.INDIVIDUAL, nominee, unit, "test");
        em.persist(person);
        Nomination nomination = new Nomination(person, unit, "test");
        nomination.describe(em.createQuery("select t from AwardType t where t.code = :c", AwardType.class)
                .setParameter("c", awardType).getSingleResult(), null, 2025, 2025, "Thành tích", "test");
        nomination.addRoute(java.util.List.of(unitId));
        nomination.moveTo(state, unit, null, since);
        em.persist(nomination);
        em.flush();
        return nomination.getId();
    }

    /** The same, in public comment until {@code until}. */
    public static long published(EntityManager em, long unitId, String nominee, Instant since, Instant until) {
        long id = dossier(em, unitId, "BANG_KHEN", nominee, NominationState.PUBLIC_COMMENT, since);
        em.find(Nomination.class, id).openComment(until);
        return id;
    }
}
