package vn.thidua.commendation.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.thidua.commendation.Nomination;
import vn.thidua.commendation.NominationState;
import vn.thidua.commendation.NotificationRows;
import vn.thidua.commendation.TestDossiers;
import vn.thidua.organization.OrgDatabase;

/**
 * The deadline round on the real schema, run at chosen moments: public comment closes at its deadline, once, however
 * many rounds run at the same time; the lease lets one instance per round work; overdue dossiers are reminded once
 * per stay, to the officers and leaders of the unit holding them.
 */
class StageDeadlinesTest {

    @RegisterExtension
    static final OrgDatabase db = new OrgDatabase();

    /** Around when the tests run their rounds; only the first test takes the job's lease. */
    private static final Instant DEADLINE = Instant.parse("2030-03-02T03:00:00Z");

    private static long officer;
    private static long leader;

    @BeforeAll
    static void staff() {
        db.run(em -> {
            officer = TestDossiers.user(em, "tinh.canbo", "Nguyễn Thị Hồng");
            TestDossiers.grant(em, officer, "OFFICER", TestDossiers.PROVINCE);
            leader = TestDossiers.user(em, "tinh.lanhdao", "Trần Văn Minh");
            TestDossiers.grant(em, leader, "LEADER", TestDossiers.PROVINCE);
            long viewer = TestDossiers.user(em, "xem", "Bùi Thị Thu");
            TestDossiers.grant(em, viewer, "VIEWER", TestDossiers.PROVINCE);
        });
    }

    @Test
    void publicCommentClosesAtItsDeadlineExactlyOnceWhenTwoRoundsRunAtOnce() throws Exception {
        Instant day = DEADLINE;
        long id = db.inTransaction(em -> TestDossiers.published(em, TestDossiers.PROVINCE, "Lê Văn Hậu",
                day.minus(Duration.ofDays(5)), day));

        DeadlineRound.Outcome early = new DeadlineRound("early").run(day.minusSeconds(1), db::inTransaction);
        assertThat(early.ran()).isTrue();
        assertThat(early.commentsClosed()).doesNotContain(id);
        assertThat(state(id)).isEqualTo(NominationState.PUBLIC_COMMENT);

        List<DeadlineRound.Outcome> outcomes = together(
                () -> new DeadlineRound("instance-a").run(day.plus(LEASED), db::inTransaction),
                () -> new DeadlineRound("instance-b").run(day.plus(LEASED), db::inTransaction));

        assertThat(outcomes).filteredOn(DeadlineRound.Outcome::ran).singleElement()
                .satisfies(o -> assertThat(o.commentsClosed()).containsExactly(id));
        assertThat(state(id)).isEqualTo(NominationState.APPROVED);
        assertThat(db.count("nomination_transition WHERE nomination_id = " + id + " AND action = 'CLOSE_COMMENT'"
                + " AND actor = 'system' AND from_state = 'PUBLIC_COMMENT' AND to_state = 'APPROVED'")).isEqualTo(1);
        assertThat(db.count("audit_log WHERE entity_type = 'Nomination' AND entity_id = '" + id + "'"
                + " AND action = 'NOMINATION_CLOSE_COMMENT' AND actor = 'system'")).isEqualTo(1);
        assertThat(db.count("notification WHERE text_key = 'notification.comment.closed' AND user_id IN ("
                + officer + ", " + leader + ")")).isEqualTo(2);
    }

    @Test
    void withoutTheLeaseTooAPeriodIsClosedOnceSinceTheStepLocksTheDossier() throws Exception {
        Instant day = DEADLINE.plus(Duration.ofDays(10));
        long id = db.inTransaction(em -> TestDossiers.published(em, TestDossiers.PROVINCE, "Phạm Thị Loan",
                day.minus(Duration.ofDays(7)), day));

        List<List<Long>> closed = together(
                () -> db.inTransaction(em -> new StageDeadlines(em).closeExpiredComments(day)),
                () -> db.inTransaction(em -> new StageDeadlines(em).closeExpiredComments(day)));

        assertThat(closed.stream().flatMap(List::stream).filter(c -> c == id)).hasSize(1);
        assertThat(db.count("nomination_transition WHERE nomination_id = " + id)).isEqualTo(1);
        assertThat(db.count("audit_log WHERE entity_id = '" + id + "' AND action = 'NOMINATION_CLOSE_COMMENT'"))
                .isEqualTo(1);
    }

    @Test
    void theLeaseKeepsOtherInstancesOutUntilItExpires() {
        db.run(em -> em.createNativeQuery("INSERT INTO job_lease (name, owner, expires_at) VALUES ('test-job', NULL,"
                + " TIMESTAMP WITH TIME ZONE '1970-01-01 00:00:00+00')").executeUpdate());
        Instant now = DEADLINE;

        assertThat(lease("a", now)).isTrue();
        assertThat(lease("b", now)).isFalse();
        assertThat(lease("a", now.plus(DeadlineRound.LEASE).minusSeconds(1))).isFalse();
        assertThat(lease("b", now.plus(DeadlineRound.LEASE))).isTrue();
        String owner = db.read(em -> em.createNativeQuery("SELECT owner FROM job_lease WHERE name = 'test-job'")
                .getSingleResult().toString());
        assertThat(owner).isEqualTo("b");
    }

    @Test
    void anOverdueDossierIsRemindedOncePerStayToTheStaffOfTheUnitHoldingIt() {
        Instant now = DEADLINE.plus(Duration.ofDays(30));
        long overdue = db.inTransaction(em -> TestDossiers.dossier(em, TestDossiers.PROVINCE, "KY_NIEM_CHUONG",
                "Vũ Thị Ngọc", NominationState.RECEIVED, now.minus(Duration.ofDays(10))));
        long inTime = db.inTransaction(em -> TestDossiers.dossier(em, TestDossiers.PROVINCE, "KY_NIEM_CHUONG",
                "Đặng Văn Phúc", NominationState.RECEIVED, now.minus(Duration.ofDays(10)).plusSeconds(1)));
        long draft = db.inTransaction(em -> TestDossiers.dossier(em, TestDossiers.PROVINCE, "KY_NIEM_CHUONG",
                "Bùi Văn Quang", NominationState.DRAFT, now.minus(Duration.ofDays(100))));

        int reminded = db.inTransaction(em -> new StageDeadlines(em).remindOverdue(now));
        assertThat(reminded).isGreaterThanOrEqualTo(1);

        assertThat(reminders(overdue)).containsExactlyInAnyOrder(officer, leader);
        assertThat(reminders(inTime)).isEmpty();
        assertThat(reminders(draft)).isEmpty();
        Object[] notice = db.read(em -> (Object[]) em.createNativeQuery("SELECT text_args, link_path FROM notification"
                + " WHERE user_id = ?1 AND link_path = ?2").setParameter(1, officer)
                .setParameter(2, NotificationRows.nominationLink(overdue)).getSingleResult());
        assertThat(notice).containsExactly("Vũ Thị Ngọc\u001f10", NotificationRows.nominationLink(overdue));

        db.inTransaction(em -> new StageDeadlines(em).remindOverdue(now.plus(Duration.ofDays(3))));
        assertThat(reminders(overdue)).as("once per stay").hasSize(2);

        db.run(em -> em.createNativeQuery("UPDATE nomination SET stage_since = ?1 WHERE id = ?2")
                .setParameter(1, now.minus(Duration.ofDays(11)).atOffset(java.time.ZoneOffset.UTC))
                .setParameter(2, overdue).executeUpdate());
        db.inTransaction(em -> new StageDeadlines(em).remindOverdue(now));
        assertThat(reminders(overdue)).as("a new stay in the state").hasSize(4);
    }

    @Test
    void theDaysOfEachStageAreConfigured() {
        Instant now = DEADLINE.plus(Duration.ofDays(40));
        long submitted = db.inTransaction(em -> TestDossiers.dossier(em, TestDossiers.PROVINCE, "KY_NIEM_CHUONG",
                "Ngô Thị Rạng", NominationState.SUBMITTED, now.minus(Duration.ofDays(3))));
        db.inTransaction(em -> new StageDeadlines(em).remindOverdue(now));
        assertThat(reminders(submitted)).isEmpty();

        db.run(em -> em.find(StageDeadline.class, "SUBMITTED").change(2));
        db.inTransaction(em -> new StageDeadlines(em).remindOverdue(now));

        assertThat(reminders(submitted)).hasSize(2);
        db.run(em -> em.find(StageDeadline.class, "SUBMITTED").change(5));
    }

    private static final Duration LEASED = DeadlineRound.LEASE;

    private static boolean lease(String owner, Instant at) {
        return db.inTransaction(em -> new JobLease(em).take("test-job", owner, at, DeadlineRound.LEASE));
    }

    private static NominationState state(long id) {
        return db.read(em -> em.find(Nomination.class, id).getState());
    }

    private static List<Long> reminders(long nomination) {
        return db.read(em -> em.createNativeQuery("SELECT user_id FROM notification WHERE link_path = ?1"
                        + " AND text_key LIKE 'notification.overdue.%'")
                .setParameter(1, NotificationRows.nominationLink(nomination)).getResultList().stream()
                .map(v -> ((Number) v).longValue()).toList());
    }

    /** Runs the two at the same moment on two threads; their results. */
    @SafeVarargs
    private static <T> List<T> together(Supplier<T>... work) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(work.length);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<T>> futures = new ArrayList<>();
        for (Supplier<T> each : work) {
            futures.add(pool.submit(() -> {
                start.await();
                return each.get();
            }));
        }
        start.countDown();
        List<T> results = new ArrayList<>();
        for (Future<T> future : futures) {
            results.add(future.get(60, TimeUnit.SECONDS));
        }
        pool.shutdown();
        return results;
    }
}
