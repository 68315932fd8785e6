package vn.thidua.platform.audit;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.thidua.organization.OrgDatabase;
import vn.thidua.platform.time.Formats;

/** The clause runs on H2 with the Flyway schema: Instant parameters, LIKE with ESCAPE, the inclusive "to". */
class AuditWhereJpaTest {

    @RegisterExtension
    static final OrgDatabase db = new OrgDatabase();

    private static List<AuditEntry> find(EntityManager em, AuditQuery query) {
        AuditWhere where = AuditWhere.of(query);
        return where.bind(em.createQuery("select e from AuditEntry e" + where.clause() + " order by e.id",
                AuditEntry.class)).getResultList();
    }

    @Test
    void filtersMatchInTheDatabase() {
        db.inTransaction(em -> {
            em.persist(new AuditEntry("admin", "PASSWORD_RESET", "UserAccount", "hoidong3", null, "x"));
            em.persist(new AuditEntry("tinh.canbo", "UNIT_MERGED", "OrgUnit", "22_100%", "a", "b"));
            return null;
        });
        LocalDate today = Formats.today();
        db.inTransaction(em -> {
            assertThat(find(em, AuditQuery.ALL)).hasSize(2);
            assertThat(find(em, new AuditQuery("ADM", null, null, null, null, null)))
                    .extracting(AuditEntry::getEntityId).containsExactly("hoidong3");
            assertThat(find(em, new AuditQuery(null, "UNIT_MERGED", "OrgUnit", "100%", null, null))).hasSize(1);
            assertThat(find(em, new AuditQuery(null, null, null, "2_1000", null, null))).isEmpty();
            assertThat(find(em, new AuditQuery(null, null, null, null, today, today))).hasSize(2);
            assertThat(find(em, new AuditQuery(null, null, null, null, today.plusDays(1), null))).isEmpty();
            assertThat(find(em, new AuditQuery(null, null, null, null, null, today.minusDays(1)))).isEmpty();
            return null;
        });
    }
}
