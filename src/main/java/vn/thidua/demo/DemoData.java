package vn.thidua.demo;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.thidua.identity.Role;
import vn.thidua.identity.TemporaryPassword;
import vn.thidua.identity.UserAccount;
import vn.thidua.identity.PasswordHasher;
import vn.thidua.identity.PasswordPolicy;
import vn.thidua.organization.OrgUnit;
import vn.thidua.organization.OrgUnits;
import vn.thidua.movement.Movement;
import vn.thidua.movement.PeriodCensus;
import vn.thidua.movement.ReportingPeriods;
import vn.thidua.organization.ReferenceHistory;
import vn.thidua.organization.ResidentialAreaGenerator;
import vn.thidua.organization.Restructuring;
import vn.thidua.platform.audit.AuditLog;
import vn.thidua.review.ReviewCalculation;
import vn.thidua.review.TermReview;

/**
 * Seeds the accounts at first start. Demo mode ({@code thidua.demo}: {@code auto} = on for the embedded H2
 * database) creates the demo accounts of {@code demo/accounts.csv}, sharing the published demo password; without
 * demo data the first start creates {@code admin} with a random password, printed once to the log.
 */
@Startup
@Singleton
@DependsOn({"DatabaseMigrations", "ReferenceHistory"})
public class DemoData {

    public static final String DEMO_PASSWORD = PasswordPolicy.DEMO_PASSWORD;
    static final LocalDate ACCOUNTS_FROM = ReferenceHistory.BASELINE;
    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

    @PersistenceContext
    private EntityManager em;

    @Inject
    private PasswordHasher hasher;

    @Inject
    private AuditLog audit;

    @Inject
    private OrgUnits orgUnits;

    @Inject
    private ReportingPeriods periods;

    @Inject
    private ReviewCalculation reviewCalculation;

    @Inject
    @ConfigProperty(name = "thidua.demo", defaultValue = "auto")
    private String demoSetting;

    @Inject
    @ConfigProperty(name = "thidua.db.url")
    private String databaseUrl;

    private boolean loaded;

    @PostConstruct
    void seed() {
        loaded = isDemoMode(demoSetting, databaseUrl);
        boolean empty = em.createQuery("select count(u) from UserAccount u", Long.class).getSingleResult() == 0;
        if (loaded && empty) {
            createDemoAccounts();
            createDemoResults();
        } else if (empty) {
            createFirstAdministrator();
        }
    }

    static boolean isDemoMode(String setting, String url) {
        return "auto".equalsIgnoreCase(setting) ? url != null && url.startsWith("jdbc:h2:")
                : Boolean.parseBoolean(setting);
    }

    /** Whether this instance runs with demo data (the login page then lists the demo accounts). */
    @Lock(LockType.READ)
    public boolean isLoaded() {
        return loaded;
    }

    @Lock(LockType.READ)
    public List<DemoAccount> accounts() {
        return loaded ? DemoAccount.ALL : List.of();
    }

    private void createDemoAccounts() {
        int areas = new ResidentialAreaGenerator(em, new Restructuring(em, AuditLog.SYSTEM)).generate();
        LOG.info(() -> "Demo data: " + areas + " residential areas generated");
        List<String> hashes = DemoAccount.ALL.parallelStream().map(a -> hasher.hash(DEMO_PASSWORD)).toList();
        for (int i = 0; i < DemoAccount.ALL.size(); i++) {
            DemoAccount account = DemoAccount.ALL.get(i);
            UserAccount user = new UserAccount(account.username(), account.displayName(), hashes.get(i));
            user.changePassword(hashes.get(i), true);
            grantFollowingMerges(user, account);
            em.persist(user);
        }
        em.flush();
        int seats = new DemoCouncils(em).create(unit("22", ACCOUNTS_FROM), unit("193", ACCOUNTS_FROM), ACCOUNTS_FROM);
        audit.recordAs(AuditLog.SYSTEM, "DEMO_DATA_LOADED", "UserAccount", null, null,
                DemoAccount.ALL.size() + " demo accounts");
        audit.recordAs(AuditLog.SYSTEM, "DEMO_DATA_LOADED", "CouncilMember", null, null, seats + " council seats");
        LOG.info(() -> "Demo data loaded: " + DemoAccount.ALL.size() + " demo accounts, password " + DEMO_PASSWORD);
    }

    /** The seed's movements and their results; see {@link DemoResults}. */
    private void createDemoResults() {
        List<Movement> movements = new DemoMovements(em, unit("22", ACCOUNTS_FROM)).create();
        int reports = new DemoResults(em, periods).load(movements);
        audit.recordAs(AuditLog.SYSTEM, "DEMO_DATA_LOADED", "Movement", null, null,
                movements.size() + " movements, " + reports + " result reports");
        LOG.info(() -> "Demo data loaded: " + movements.size() + " movements, " + reports + " result reports");
        int awards = new DemoAwards(em, orgUnits).create(movements);
        LOG.info(() -> "Demo data loaded: " + awards + " awards in the registry");
        int dossiers = new DemoNominations(em, orgUnits, audit).create(movements);
        audit.recordAs(AuditLog.SYSTEM, "DEMO_DATA_LOADED", "Nomination", null, null, dossiers + " nominations");
        LOG.info(() -> "Demo data loaded: " + dossiers + " nominations, one at every stage");
        TermReview review = new DemoReviews(em, audit).create(unit("22", ACCOUNTS_FROM), movements);
        em.flush();
        new PeriodCensus(em).buildMissing(); // the coverage denominators, before DerivedTotals would build them
        review.freeze(reviewCalculation.of(review.getUnit(), review.getYearFrom(), review.getYearTo()));
        audit.recordAs(AuditLog.SYSTEM, "DEMO_DATA_LOADED", "TermReview", review.getId(), null,
                "2019-2024 term review with " + review.getTargets().size() + " targets for 2024-2029");
    }

    private void createFirstAdministrator() {
        String password = TemporaryPassword.generate();
        UserAccount admin = new UserAccount("admin", "Quản trị hệ thống", hasher.hash(password));
        admin.grant(Role.ADMIN, unit("22", ACCOUNTS_FROM), ACCOUNTS_FROM, null);
        em.persist(admin);
        audit.recordAs(AuditLog.SYSTEM, "FIRST_ADMIN_CREATED", "UserAccount", "admin", null, null);
        LOG.warning("First start without demo data: created user 'admin' with the one-time password "
                + password + " (it must be changed at first login; it is not shown again)");
    }

    /**
     * The role at the account's unit (as of {@link #ACCOUNTS_FROM}), until the given day or, when none is given,
     * carried on to the unit that inherited the history of a merged unit, as an administrator would move it.
     */
    private void grantFollowingMerges(UserAccount user, DemoAccount account) {
        OrgUnit unit = unit(account.unitCode(), ACCOUNTS_FROM);
        LocalDate from = ACCOUNTS_FROM;
        while (account.until() == null && unit.getValidTo() != null) {
            user.grant(account.role(), unit, from, unit.getValidTo());
            from = unit.getValidTo();
            unit = em.createQuery("select l.successor from OrgEventLink l where l.predecessor = :unit "
                    + "and l.inheritsHistory = true", OrgUnit.class).setParameter("unit", unit).getSingleResult();
        }
        user.grant(account.role(), unit, from, account.until());
    }

    private OrgUnit unit(String code, LocalDate date) {
        return orgUnits.find(code, date).orElseThrow(() -> new IllegalStateException("No unit " + code));
    }

    /** A line of demo/accounts.csv. */
    public record DemoAccount(String username, String displayName, Role role, String unitCode, LocalDate until) {

        static final List<DemoAccount> ALL = read();

        private static List<DemoAccount> read() {
            var stream = DemoData.class.getResourceAsStream("/demo/accounts.csv");
            try (BufferedReader in = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
                List<DemoAccount> accounts = new ArrayList<>();
                in.readLine();
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    if (!line.isBlank()) {
                        String[] f = line.split(",", -1);
                        accounts.add(new DemoAccount(f[0], f[1], Role.valueOf(f[2]), f[3],
                                f[4].isBlank() ? null : LocalDate.parse(f[4])));
                    }
                }
                return List.copyOf(accounts);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
