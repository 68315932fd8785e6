package vn.thidua.commendation;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import vn.thidua.identity.Role;
import vn.thidua.notification.Recipient;
import vn.thidua.platform.persistence.Rows;
import vn.thidua.platform.time.Validity;

/** Who to notify, in SQL: enabled users holding a role at exactly a unit, or on its council, on a date. */
public class NoticeRecipients {

    private final EntityManager em;

    public NoticeRecipients(EntityManager em) {
        this.em = em;
    }

    /** The users holding one of {@code roles} at the unit {@code unitId} itself on {@code date}. */
    public List<Recipient> holders(long unitId, Set<Role> roles, LocalDate date) {
        if (roles.isEmpty()) {
            return List.of();
        }
        String names = roles.stream().map(role -> "'" + role.name() + "'").sorted().collect(Collectors.joining(", "));
        return recipients(em.createNativeQuery("SELECT DISTINCT u.id, u.username, u.email FROM app_user u"
                        + " JOIN role_assignment ra ON ra.user_id = u.id WHERE u.enabled = TRUE AND ra.org_unit_id = ?1"
                        + " AND ra.role_name IN (" + names + ") AND " + Validity.sql("ra", 2) + " ORDER BY u.id")
                .setParameter(1, unitId).setParameter(2, date).getResultList());
    }

    /** The members of the council of the unit {@code unitId} on {@code date}. */
    public List<Recipient> council(long unitId, LocalDate date) {
        return recipients(em.createNativeQuery("SELECT DISTINCT u.id, u.username, u.email FROM app_user u"
                        + " JOIN council_member m ON m.user_id = u.id WHERE u.enabled = TRUE AND m.unit_id = ?1"
                        + " AND " + Validity.sql("m", 2) + " ORDER BY u.id")
                .setParameter(1, unitId).setParameter(2, date).getResultList());
    }

    private static List<Recipient> recipients(List<?> rows) {
        return rows.stream().map(row -> (Object[]) row)
                .map(r -> new Recipient(Rows.number(r[0]), Rows.text(r[1]), Rows.text(r[2]))).toList();
    }
}
