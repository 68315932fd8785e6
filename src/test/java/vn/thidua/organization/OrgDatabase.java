package vn.thidua.organization;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.EntityTransaction;
import jakarta.persistence.Persistence;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A fresh in-memory H2 database per test class, its schema made by the project's own Flyway migrations (as on the
 * server, never by schema generation), with JPA over it in Java SE through the unit {@code thidua-test}.
 * Use as {@code @RegisterExtension static final OrgDatabase db = new OrgDatabase();}
 */
public class OrgDatabase implements BeforeAllCallback, AfterAllCallback {

    private String url;
    private EntityManagerFactory emf;

    @Override
    public void beforeAll(ExtensionContext context) {
        url = "jdbc:h2:mem:" + context.getRequiredTestClass().getSimpleName() + "-" + UUID.randomUUID()
                + ";DB_CLOSE_DELAY=-1";
        Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration").load().migrate();
        emf = Persistence.createEntityManagerFactory("thidua-test", Map.of(
                "jakarta.persistence.jdbc.url", url,
                "jakarta.persistence.jdbc.user", "sa",
                "jakarta.persistence.jdbc.password", ""));
    }

    @Override
    public void afterAll(ExtensionContext context) throws SQLException {
        emf.close();
        // DB_CLOSE_DELAY=-1 keeps the database for the JVM's life; the next class gets its own.
        try (Connection connection = DriverManager.getConnection(url, "sa", "")) {
            connection.createStatement().execute("SHUTDOWN");
        }
    }

    /** Runs {@code work} in one transaction of a new entity manager: committed if it returns, rolled back if not. */
    public <T> T inTransaction(Function<EntityManager, T> work) {
        EntityManager em = emf.createEntityManager();
        EntityTransaction tx = em.getTransaction();
        try {
            tx.begin();
            T result = work.apply(em);
            tx.commit();
            return result;
        } finally {
            if (tx.isActive()) {
                tx.rollback();
            }
            em.close();
        }
    }

    public void run(Consumer<EntityManager> work) {
        inTransaction(em -> {
            work.accept(em);
            return null;
        });
    }

    /** Reads what is committed, through a new entity manager. */
    public <T> T read(Function<EntityManager, T> query) {
        EntityManager em = emf.createEntityManager();
        try {
            return query.apply(em);
        } finally {
            em.close();
        }
    }

    public long count(String table) {
        return read(em -> ((Number) em.createNativeQuery("SELECT COUNT(*) FROM " + table).getSingleResult())
                .longValue());
    }

    /** A district of the test tree and its communes, by id. */
    public record District(long id, List<Long> communes) {
    }

    /**
     * A district of the test province (id 100) created on 01/01/2000, with {@code communes} communes (codes
     * {@code code.1}, {@code code.2} …) and {@code areas} residential areas in each ({@code code.1.1} …).
     */
    public District district(String code, int communes, int areas) {
        return inTransaction(em -> {
            Restructuring r = new Restructuring(em, "test");
            OrgEvent created = r.event(OrgEvent.Kind.CREATE, LocalDate.of(2000, 1, 1), "Cây thử");
            OrgUnit district = r.create(created, new NewUnit(code, level(em, "DISTRICT"), "Huyện " + code, "Huyện",
                    em.find(OrgUnit.class, 100L)));
            List<Long> ids = new ArrayList<>();
            for (int c = 1; c <= communes; c++) {
                OrgUnit commune = r.create(created, new NewUnit(code + "." + c, level(em, "COMMUNE"), "Xã " + c, "Xã",
                        district));
                ids.add(commune.getId());
                for (int a = 1; a <= areas; a++) {
                    r.create(created, new NewUnit(code + "." + c + "." + a, level(em, "RESIDENTIAL_AREA"),
                            "Thôn " + a, "Thôn", commune));
                }
            }
            return new District(district.getId(), List.copyOf(ids));
        });
    }

    /** The level of the code. */
    public static OrgLevel level(EntityManager em, String code) {
        return OrgLevel.find(em, code).orElseThrow();
    }
}
