package vn.thidua.commendation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.thidua.identity.Role;
import vn.thidua.notification.Recipient;
import vn.thidua.organization.OrgDatabase;

/**
 * Whom a notice reaches, on the real schema: enabled users holding the role at exactly that unit on the day (not
 * above or below it, not after their role ended), or the members of that unit's council on the day.
 */
class NoticeRecipientsSqlTest {

    @RegisterExtension
    static final OrgDatabase db = new OrgDatabase();

    private static final long PROVINCE = 100;
    private static final long OTHER = 990;
    private static final LocalDate DAY = LocalDate.of(2026, 6, 30);

    @BeforeAll
    static void people() {
        db.run(em -> {
            em.createNativeQuery("INSERT INTO org_unit (id, code, level_id, valid_from) VALUES (990, 'K9', 2,"
                    + " DATE '2000-01-01')").executeUpdate();
            user(em, 1, "canbo", true, "canbo@example.vn");
            user(em, 2, "lanhdao", true, null);
            user(em, 3, "nghi", false, "nghi@example.vn");
            user(em, 4, "cu", true, null);
            user(em, 5, "xem", true, null);
            user(em, 6, "noikhac", true, null);
            role(em, 11, 1, "OFFICER", PROVINCE, null);
            role(em, 12, 2, "LEADER", PROVINCE, null);
            role(em, 13, 3, "OFFICER", PROVINCE, null);
            role(em, 14, 4, "OFFICER", PROVINCE, "2025-07-01");
            role(em, 15, 5, "VIEWER", PROVINCE, null);
            role(em, 16, 6, "OFFICER", OTHER, null);
            member(em, 21, 5, PROVINCE, null);
            member(em, 22, 4, PROVINCE, "2026-01-01");
            member(em, 23, 3, PROVINCE, null);
            member(em, 24, 6, OTHER, null);
        });
    }

    @Test
    void holdersAreTheEnabledUsersWithTheRoleAtThatUnitOnTheDay() {
        assertThat(names(holders(PROVINCE, Set.of(Role.OFFICER), DAY))).containsExactly("canbo");
        assertThat(holders(PROVINCE, Set.of(Role.OFFICER, Role.LEADER), DAY))
                .extracting(Recipient::username, Recipient::email)
                .containsExactly(tuple("canbo", "canbo@example.vn"), tuple("lanhdao", null));
        assertThat(names(holders(PROVINCE, Set.of(Role.OFFICER), LocalDate.of(2025, 6, 30))))
                .containsExactly("canbo", "cu");
        assertThat(holders(PROVINCE, Set.of(), DAY)).isEmpty();
        assertThat(names(holders(OTHER, Set.of(Role.OFFICER), DAY))).containsExactly("noikhac");
    }

    @Test
    void theCouncilIsItsEnabledMembersOnTheDay() {
        assertThat(names(council(PROVINCE, DAY))).containsExactly("xem");
        assertThat(names(council(PROVINCE, LocalDate.of(2025, 12, 31)))).containsExactly("cu", "xem");
        assertThat(names(council(OTHER, DAY))).containsExactly("noikhac");
    }

    private static List<Recipient> holders(long unit, Set<Role> roles, LocalDate day) {
        return db.read(em -> new NoticeRecipients(em).holders(unit, roles, day));
    }

    private static List<Recipient> council(long unit, LocalDate day) {
        return db.read(em -> new NoticeRecipients(em).council(unit, day));
    }

    private static List<String> names(List<Recipient> recipients) {
        return recipients.stream().map(Recipient::username).sorted().toList();
    }

    private static void user(EntityManager em, long id, String name, boolean enabled, String email) {
        em.createNativeQuery("INSERT INTO app_user (id, username, display_name, email, password_hash, enabled,"
                        + " created_at) VALUES (?1, ?2, ?2, ?3, 'x', ?4, CURRENT_TIMESTAMP)")
                .setParameter(1, id).setParameter(2, name).setParameter(3, email).setParameter(4, enabled)
                .executeUpdate();
    }

    private static void role(EntityManager em, long id, long user, String role, long unit, String to) {
        em.createNativeQuery("INSERT INTO role_assignment (id, user_id, role_name, org_unit_id, valid_from, valid_to)"
                        + " VALUES (?1, ?2, ?3, ?4, DATE '2020-01-01', ?5)")
                .setParameter(1, id).setParameter(2, user).setParameter(3, role).setParameter(4, unit)
                .setParameter(5, to == null ? null : LocalDate.parse(to)).executeUpdate();
    }

    private static void member(EntityManager em, long id, long user, long unit, String to) {
        em.createNativeQuery("INSERT INTO council_member (id, unit_id, user_id, valid_from, valid_to)"
                        + " VALUES (?1, ?2, ?3, DATE '2020-01-01', ?4)")
                .setParameter(1, id).setParameter(2, unit).setParameter(3, user)
                .setParameter(4, to == null ? null : LocalDate.parse(to)).executeUpdate();
    }
}
