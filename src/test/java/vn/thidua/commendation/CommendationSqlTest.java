package vn.thidua.commendation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.thidua.organization.OrgDatabase.level;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.thidua.commendation.eligibility.CaseKind;
import vn.thidua.commendation.eligibility.NomineeRecord;
import vn.thidua.commendation.eligibility.PastAward;
import vn.thidua.identity.Role;
import vn.thidua.organization.OrgDatabase;
import vn.thidua.organization.OrgUnit;
import vn.thidua.platform.error.BusinessException;
import vn.thidua.platform.scope.ScopeFilter;

/**
 * Commendation's SQL on the real schema (Flyway's V5 included): decision numbers under concurrency, the facts the
 * eligibility rules read, where a submission goes, and who sees a dossier. The tree: the seeded province, a
 * district, and two communes under it, since 2000.
 */
class CommendationSqlTest {

    @RegisterExtension
    static final OrgDatabase db = new OrgDatabase();

    private static final long PROVINCE = 100;
    private static final LocalDate DAY = LocalDate.of(2026, 6, 30);

    private static long district;
    private static long commune;
    private static long sibling;

    @BeforeAll
    static void build() {
        OrgDatabase.District k1 = db.district("K1", 2, 0);
        district = k1.id();
        commune = k1.communes().get(0);
        sibling = k1.communes().get(1);
    }

    @Test
    void theFourAwardTypesOfTheFrontAreSeeded() {
        List<AwardType> types = db.read(em -> em.createQuery("select t from AwardType t order by t.sortOrder",
                AwardType.class).getResultList());

        assertThat(types).extracting(AwardType::getCode)
                .containsExactly("BANG_KHEN", "GIAY_KHEN", "CO_THI_DUA", "KY_NIEM_CHUONG");
        AwardType medal = types.get(3);
        assertThat(medal.isOnceOnly()).isTrue();
        assertThat(medal.isPosthumous()).isFalse();
        assertThat(medal.getRecipientKinds()).containsExactly(RecipientKind.INDIVIDUAL);
        assertThat(types.get(2).eligibility().priorTypeCode()).isEqualTo("GIAY_KHEN");
        assertThat(types.get(0).decisionNumber(125, 2026)).isEqualTo("125/QĐ-MTTQ");
    }

    @Test
    void decisionNumbersRunOnePerIssuingUnitAndYear() {
        assertThat(IntStream.range(0, 3).map(i -> take(PROVINCE, 2021))).containsExactly(1, 2, 3);
        assertThat(take(PROVINCE, 2022)).isEqualTo(1);
        assertThat(take(district, 2021)).isEqualTo(1);
        assertThat(take(PROVINCE, 2021)).isEqualTo(4);
    }

    @Test
    void aRolledBackDecisionGivesItsNumberBack() {
        assertThat(take(district, 2023)).isEqualTo(1);
        assertThatThrownBy(() -> db.run(em -> {
            new DecisionRegisters(em).next(em.find(OrgUnit.class, district), 2023);
            throw new IllegalStateException("the decision failed");
        })).hasMessage("the decision failed");

        assertThat(take(district, 2023)).isEqualTo(2);
    }

    @Test
    void concurrentDecisionsAreNumberedWithoutGapsOrRepeats() throws Exception {
        int threads = 6;
        int each = 5;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        List<Integer> numbers = Collections.synchronizedList(new ArrayList<>());
        List<Future<?>> done = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            done.add(pool.submit(() -> {
                start.await();
                for (int i = 0; i < each; i++) {
                    numbers.add(db.inTransaction(em -> {
                        int seq = new DecisionRegisters(em).next(em.find(OrgUnit.class, PROVINCE), 2030);
                        pause();
                        return seq;
                    }));
                }
                return null;
            }));
        }
        start.countDown();
        for (Future<?> future : done) {
            future.get(60, TimeUnit.SECONDS);
        }
        pool.shutdown();

        assertThat(numbers).hasSize(threads * each).doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(IntStream.rangeClosed(1, threads * each).boxed().toList());
    }

    @Test
    void theRulesReadTheNomineesAwardsAndOnlyTheirPendingCases() {
        long nominee = db.inTransaction(em -> {
            Nominee person = new Nominee(RecipientKind.INDIVIDUAL, "Nguyễn Thị Hoà", unit(em, commune), "test")
                    .person(1970, Gender.FEMALE, "Trưởng ban công tác Mặt trận");
            em.persist(person);
            Decision decision = new Decision(unit(em, PROVINCE), type(em, "BANG_KHEN"), 900, DAY,
                    new Decision.Signature("test", "Người Ký Thử", "Chủ tịch", "tặng thử"));
            em.persist(decision);
            em.persist(new Award(person, type(em, "BANG_KHEN"), 2019, 2024, decision, unit(em, commune), null));
            em.persist(new NomineeCase(person, CaseKind.COMPLAINT, "Đơn khiếu nại", DAY, "test"));
            NomineeCase closed = new NomineeCase(person, CaseKind.INSPECTION, "Kiểm tra", DAY, "test");
            closed.close(DAY);
            em.persist(closed);
            return person.getId();
        });

        NomineeRecord record = db.read(em -> new NomineeRecords(em).of(em.find(Nominee.class, nominee)));

        assertThat(record.deceased()).isFalse();
        assertThat(record.awards()).containsExactly(new PastAward("BANG_KHEN", "Bằng khen", 2024, 2019, 2024, null));
        assertThat(record.pendingCases()).containsExactly(CaseKind.COMPLAINT);
    }

    @Test
    void aSubmissionGoesToTheParentUnlessTheProposingUnitGrantsTheAward() {
        db.run(em -> {
            NominationRoutes routes = new NominationRoutes(em);
            assertThat(routes.chainIds(unit(em, commune), DAY)).containsExactly(commune, district, PROVINCE);
            assertThat(routes.firstReviewer(unit(em, commune), type(em, "BANG_KHEN"), DAY).getId()).isEqualTo(district);
            assertThat(routes.firstReviewer(unit(em, commune), type(em, "GIAY_KHEN"), DAY).getId()).isEqualTo(commune);
            assertThat(routes.firstReviewer(unit(em, PROVINCE), type(em, "BANG_KHEN"), DAY).getId())
                    .isEqualTo(PROVINCE);
            assertThat(routes.parent(unit(em, district), DAY).getId()).isEqualTo(PROVINCE);
            assertThatThrownBy(() -> routes.firstReviewer(unit(em, district), type(em, "GIAY_KHEN"), DAY))
                    .isInstanceOf(BusinessException.class).hasMessage("nomination.grantingLevel.unreachable");
            assertThatThrownBy(() -> routes.parent(unit(em, PROVINCE), DAY))
                    .isInstanceOf(BusinessException.class).hasMessage("nomination.parent.none");
        });
    }

    @Test
    void aDossierIsVisibleAlongItsRouteOnlyAndListedNewestFirstInPages() {
        List<Long> ids = db.inTransaction(em -> {
            List<Long> created = new ArrayList<>();
            for (String name : List.of("Trần Văn An", "Lê Thị Bình", "Phạm Văn Cường")) {
                Nominee person = new Nominee(RecipientKind.INDIVIDUAL, name, unit(em, commune), "xa.canbo");
                em.persist(person);
                Nomination nomination = new Nomination(person, unit(em, commune), "xa.canbo");
                nomination.describe(type(em, "BANG_KHEN"), null, 2025, 2025, "Thành tích", "xa.canbo");
                nomination.addRoute(new NominationRoutes(em).chainIds(unit(em, commune), DAY));
                em.persist(nomination);
                em.flush();
                created.add(nomination.getId());
            }
            Nomination submitted = em.find(Nomination.class, created.get(2));
            submitted.moveTo(NominationState.SUBMITTED, unit(em, district), null, Instant.now());
            em.persist(new NominationTransition(submitted, NominationState.DRAFT, NominationAction.SUBMIT, "xa.canbo",
                    unit(em, commune), " ", Instant.now()));
            return created;
        });

        db.run(em -> {
            NominationQueries queries = new NominationQueries(em);
            assertThat(queries.isVisible(ids.get(0), filter(commune))).isTrue();
            assertThat(queries.isVisible(ids.get(0), filter(PROVINCE))).isTrue();
            assertThat(queries.isVisible(ids.get(0), filter(sibling))).isFalse();
            assertThat(queries.isVisible(ids.get(0), new ScopeFilter(true, "-1"))).isTrue();
            assertThat(queries.isVisible(-5, new ScopeFilter(true, "-1"))).isFalse();

            NominationPage first = queries.page(filter(district), NominationFilter.ANY, 0, 2);
            assertThat(first.total()).isEqualTo(3);
            assertThat(first.items()).extracting(NominationSummary::id).containsExactly(ids.get(2), ids.get(1));
            assertThat(first.items().get(0)).isEqualTo(new NominationSummary(ids.get(2), "Phạm Văn Cường",
                    "BANG_KHEN", NominationState.SUBMITTED, "K1.1"));
            assertThat(queries.page(filter(district), NominationFilter.ANY, 1, 2).items()).extracting(NominationSummary::id)
                    .containsExactly(ids.get(0));
            assertThat(queries.page(filter(district), new NominationFilter(NominationState.SUBMITTED, null, null), 0,
                    20).total()).isEqualTo(1);
            assertThat(queries.page(filter(district), new NominationFilter(null, null, "van"), 0, 20).items())
                    .extracting(NominationSummary::nomineeName).containsExactly("Phạm Văn Cường", "Trần Văn An");
            assertThat(queries.page(filter(district), new NominationFilter(null, null, "LE THI binh"), 0, 20).items())
                    .extracting(NominationSummary::nomineeName).containsExactly("Lê Thị Bình");
            assertThat(queries.page(filter(district), new NominationFilter(null, "BANG_KHEN", "an"), 0, 20).total())
                    .isEqualTo(1);
            assertThat(queries.page(filter(district), new NominationFilter(null, "CO_THI_DUA", null), 0, 20).total())
                    .isZero();
            assertThat(queries.page(filter(sibling), NominationFilter.ANY, 0, 20).total()).isZero();
            assertThat(queries.history(ids.get(2))).singleElement().satisfies(step -> {
                assertThat(step.action()).isEqualTo(NominationAction.SUBMIT);
                assertThat(step.unitCode()).isEqualTo("K1.1");
                assertThat(step.comment()).isNull();
            });
        });
    }

    @Test
    void theRolesOfACallerAreThoseHeldAtExactlyThatUnitOnTheDay() {
        db.run(em -> {
            em.createNativeQuery("INSERT INTO app_user (id, username, display_name, password_hash, created_at)"
                    + " VALUES (90001, 'k1.canbo', 'Cán bộ', 'x', CURRENT_TIMESTAMP)").executeUpdate();
            em.createNativeQuery("INSERT INTO role_assignment"
                    + " (id, user_id, role_name, org_unit_id, valid_from, valid_to)"
                    + " VALUES (90002, 90001, 'OFFICER', ?1, DATE '2020-01-01', NULL),"
                    + " (90003, 90001, 'LEADER', ?1, DATE '2020-01-01', DATE '2025-01-01')")
                    .setParameter(1, commune).executeUpdate();
        });

        db.run(em -> {
            NominationQueries queries = new NominationQueries(em);
            assertThat(queries.rolesAt("k1.canbo", commune, DAY)).containsExactly(Role.OFFICER);
            assertThat(queries.rolesAt("k1.canbo", commune, LocalDate.of(2024, 6, 30)))
                    .containsExactlyInAnyOrder(Role.OFFICER, Role.LEADER);
            assertThat(queries.rolesAt("k1.canbo", district, DAY)).isEmpty();
            assertThat(queries.unitsWith("k1.canbo", Set.of(Role.OFFICER, Role.LEADER), DAY)).containsExactly(commune);
        });
    }

    private static ScopeFilter filter(long root) {
        return new ScopeFilter(false, String.valueOf(root));
    }

    private static int take(long unit, int year) {
        return db.inTransaction(em -> new DecisionRegisters(em).next(em.find(OrgUnit.class, unit), year));
    }

    private static void pause() {
        try {
            Thread.sleep(5);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static OrgUnit unit(EntityManager em, long id) {
        return em.find(OrgUnit.class, id);
    }

    private static AwardType type(EntityManager em, String code) {
        return em.createQuery("select t from AwardType t where t.code = :c", AwardType.class).setParameter("c", code)
                .getSingleResult();
    }
}
