package vn.thidua.demo;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import vn.thidua.commendation.council.CouncilMember;
import vn.thidua.identity.UserAccount;
import vn.thidua.organization.OrgUnit;

/**
 * The demo councils: the province's (five members, the fifth its secretary) and that of the district-level city of
 * Hạ Long (193) until the district level ended on 1 July 2025.
 */
final class DemoCouncils {

    private static final LocalDate DISTRICT_LEVEL_ENDED = LocalDate.of(2025, 7, 1);

    private final EntityManager em;

    DemoCouncils(EntityManager em) {
        this.em = em;
    }

    /** Seats the members; how many. */
    int create(OrgUnit province, OrgUnit district, LocalDate from) {
        String[] provincial = {"hoidong1", "hoidong2", "hoidong3", "hoidong4", "hoidong5"};
        for (int i = 0; i < provincial.length; i++) {
            seat(province, provincial[i], i == provincial.length - 1, from, null);
        }
        seat(district, "halong.lanhdao", false, from, DISTRICT_LEVEL_ENDED);
        seat(district, "halong.canbo", true, from, DISTRICT_LEVEL_ENDED);
        return provincial.length + 2;
    }

    private void seat(OrgUnit unit, String username, boolean secretary, LocalDate from, LocalDate to) {
        UserAccount user = em.createQuery("select u from UserAccount u where u.username = :name", UserAccount.class)
                .setParameter("name", username).getSingleResult();
        em.persist(new CouncilMember(unit, user.getId(), secretary, from, to));
    }
}
