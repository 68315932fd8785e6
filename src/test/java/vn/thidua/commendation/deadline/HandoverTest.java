package vn.thidua.commendation.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.thidua.organization.OrgDatabase.level;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.thidua.commendation.Nomination;
import vn.thidua.commendation.NominationState;
import vn.thidua.commendation.NotificationRows;
import vn.thidua.commendation.TestDossiers;
import vn.thidua.organization.NewUnit;
import vn.thidua.organization.OrgDatabase;
import vn.thidua.organization.OrgEvent;
import vn.thidua.organization.OrgUnit;
import vn.thidua.organization.Restructuring;
import vn.thidua.platform.time.Formats;

/**
 * Dossiers held by units a reform closed, handed over by the deadline round on the real schema. A district with
 * four communes: on 1 November 2024 communes A and B merge into AB; on 1 July 2025 AB and C merge into ABC under the
 * province, commune E closes without an heir and so does the district. A dossier goes to the heir after any number
 * of mergers in its state, or else up to the unit above on the closed unit's last day as forwarded, and again while
 * that one has closed too; each step once, however many rounds run at the same time. A province closed without an
 * heir has nobody above it: its dossier stays, and the round goes on.
 */
class HandoverTest {

    @RegisterExtension
    static final OrgDatabase db = new OrgDatabase();

    private static final LocalDate MERGER = LocalDate.of(2024, 11, 1);
    private static final LocalDate REFORM = LocalDate.of(2025, 7, 1);
    /** A day after the reform, when the rounds run. */
    private static final Instant NOW = Instant.parse("2026-03-02T03:00:00Z");

    private static long district;
    private static long communeA;
    private static long communeE;
    private static long heir;
    private static long topClosed;
    private static long officer;

    @BeforeAll
    static void reform() {
        db.run(em -> {
            Restructuring r = new Restructuring(em, "test");
            OrgUnit province = em.find(OrgUnit.class, TestDossiers.PROVINCE);
            OrgEvent created = r.event(OrgEvent.Kind.CREATE, LocalDate.of(2000, 1, 1), "Cây thử");
            OrgUnit d = r.create(created, new NewUnit("H1", level(em, "DISTRICT"), "Huyện Thử", "Huyện", province));
            OrgUnit a = r.create(created, new NewUnit("H1.A", level(em, "COMMUNE"), "Xã A", "Xã", d));
            OrgUnit b = r.create(created, new NewUnit("H1.B", level(em, "COMMUNE"), "Xã B", "Xã", d));
            OrgUnit c = r.create(created, new NewUnit("H1.C", level(em, "COMMUNE"), "Xã C", "Xã", d));
            OrgUnit e = r.create(created, new NewUnit("H1.E", level(em, "COMMUNE"), "Xã E", "Xã", d));
            OrgUnit ab = r.merge(List.of(a, b), null, new NewUnit("H1.AB", level(em, "COMMUNE"), "Xã AB", "Xã", d),
                    MERGER, "NQ 1199");
            OrgUnit abc = r.merge(List.of(ab, c), null, new NewUnit("H1.ABC", level(em, "COMMUNE"), "Xã ABC", "Xã",
                    province), REFORM, "NQ 1679");
            r.close(e, r.event(OrgEvent.Kind.CLOSE, REFORM, "NQ 1679"));
            r.close(d, r.event(OrgEvent.Kind.CLOSE, REFORM, "NQ 1679"));
            OrgUnit top = r.create(created, new NewUnit("99", level(em, "PROVINCE"), "Tỉnh Thử", "Tỉnh", null));
            r.close(top, r.event(OrgEvent.Kind.CLOSE, REFORM, "NQ 202"));
            topClosed = top.getId();
            district = d.getId();
            communeA = a.getId();
            communeE = e.getId();
            heir = abc.getId();
            officer = TestDossiers.user(em, "tinh.canbo", "Nguyễn Thị Hồng");
            TestDossiers.grant(em, officer, "OFFICER", TestDossiers.PROVINCE);
        });
    }

    @Test
    void aDossierHeldByAMergedCommuneIsTakenOverByTheHeirOfItsHeirInItsState() {
        long received = dossier(communeA, "GIAY_KHEN", "Lò Văn Thử", NominationState.RECEIVED);
        long decided = dossier(communeA, "GIAY_KHEN", "Lò Thị Xong", NominationState.DECIDED);

        List<Long> handedOver = db.inTransaction(em -> new StageDeadlines(em).handOverFromClosedUnits(NOW));

        assertThat(handedOver).contains(received).doesNotContain(decided);
        assertThat(holder(received)).isEqualTo(heir);
        assertThat(state(received)).isEqualTo(NominationState.RECEIVED);
        assertThat(steps(received)).containsExactly("TAKE_OVER RECEIVED RECEIVED system " + heir);
        assertThat(db.count("audit_log WHERE entity_type = 'Nomination' AND entity_id = '" + received + "'"
                + " AND action = 'NOMINATION_TAKE_OVER' AND actor = 'system' AND after_state LIKE '%H1.A → H1.ABC'"))
                .isEqualTo(1);
        Set<Long> route = db.read(em -> em.find(Nomination.class, received).getRoute());
        assertThat(route).as("the heir's staff see it").contains(heir);
        assertThat(holder(decided)).as("a final dossier stays where it ended").isEqualTo(communeA);
    }

    @Test
    void aDossierHeldByTheClosedDistrictGoesUpToTheProvinceAsForwardedAndItsOfficerIsTold() {
        long appraised = dossier(district, "BANG_KHEN", "Vi Văn Trình", NominationState.APPRAISED);

        DeadlineRound.Outcome outcome = new DeadlineRound("a").run(NOW, db::inTransaction);

        assertThat(outcome.ran()).isTrue();
        assertThat(outcome.handedOver()).contains(appraised);
        assertThat(holder(appraised)).isEqualTo(TestDossiers.PROVINCE);
        assertThat(state(appraised)).isEqualTo(NominationState.FORWARDED);
        assertThat(steps(appraised)).containsExactly("HAND_UP APPRAISED FORWARDED system " + TestDossiers.PROVINCE);
        Object[] notice = db.read(em -> (Object[]) em.createNativeQuery("SELECT text_key, text_args FROM notification"
                + " WHERE user_id = ?1 AND link_path = ?2").setParameter(1, officer)
                .setParameter(2, NotificationRows.nominationLink(appraised)).getSingleResult());
        assertThat(notice).containsExactly("notification.handover.HAND_UP",
                "Vi Văn Trình\u001fBằng khen\u001fHuyện Thử\u001fTỉnh Quảng Ninh");
    }

    @Test
    void aDossierOfACommuneClosedWithoutAnHeirGoesUpUntilItReachesAUnitThatStillExists() {
        long submitted = dossier(communeE, "BANG_KHEN", "Hà Văn Lên", NominationState.SUBMITTED);

        db.inTransaction(em -> new StageDeadlines(em).handOverFromClosedUnits(NOW));

        assertThat(holder(submitted)).isEqualTo(TestDossiers.PROVINCE);
        assertThat(steps(submitted)).containsExactly("HAND_UP SUBMITTED FORWARDED system " + district,
                "HAND_UP FORWARDED FORWARDED system " + TestDossiers.PROVINCE);
    }

    @Test
    void whatIsAtTheProposerOrBeforeTheCouncilOfAClosedUnitWithoutAnHeirOrAtAnOpenUnitStays() {
        long draft = dossier(communeE, "BANG_KHEN", "Mã Thị Nháp", NominationState.DRAFT);
        long voting = dossier(district, "GIAY_KHEN", "Mã Văn Phiếu", NominationState.COUNCIL_VOTE);
        long open = dossier(heir, "GIAY_KHEN", "Mã Thị Mở", NominationState.RECEIVED);

        List<Long> handedOver = db.inTransaction(em -> new StageDeadlines(em).handOverFromClosedUnits(NOW));

        assertThat(handedOver).doesNotContain(draft, voting, open);
        List<Long> holders = List.of(holder(draft), holder(voting), holder(open));
        assertThat(holders).containsExactly(communeE, district, heir);
        assertThat(steps(voting)).isEmpty();
    }

    @Test
    void aClosedUnitWithNobodyAboveItKeepsItsDossierAndTheRoundGoesOn() {
        long stuck = dossier(topClosed, "BANG_KHEN", "Lục Văn Đỉnh", NominationState.SUBMITTED);
        long next = dossier(district, "BANG_KHEN", "Lục Thị Sau", NominationState.SUBMITTED);

        List<Long> handedOver = db.inTransaction(em -> new StageDeadlines(em).handOverFromClosedUnits(NOW));

        assertThat(handedOver).contains(next).doesNotContain(stuck);
        assertThat(holder(stuck)).isEqualTo(topClosed);
        assertThat(steps(stuck)).isEmpty();
        assertThat(holder(next)).isEqualTo(TestDossiers.PROVINCE);
    }

    @Test
    void beforeTheReformNothingIsHandedOverAndTwoRoundsAtOnceHandADossierOverOnce() throws Exception {
        long received = dossier(district, "BANG_KHEN", "Nông Văn Hai", NominationState.RECEIVED);
        Instant lastDay = REFORM.minusDays(1).atTime(23, 59).atZone(Formats.ZONE).toInstant();
        List<Long> early = db.inTransaction(em -> new StageDeadlines(em).handOverFromClosedUnits(lastDay));
        assertThat(early).as("the district's last day").doesNotContain(received);

        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<List<Long>>> rounds = List.of(1, 2).stream()
                .map(i -> CompletableFuture.supplyAsync(() -> {
                    await(start);
                    return db.inTransaction(em -> new StageDeadlines(em).handOverFromClosedUnits(NOW));
                })).toList();
        start.countDown();

        assertThat(rounds.stream().map(r -> r.orTimeout(60, TimeUnit.SECONDS).join()).flatMap(List::stream)
                .filter(id -> id == received)).hasSize(1);
        assertThat(steps(received)).containsExactly("HAND_UP RECEIVED FORWARDED system " + TestDossiers.PROVINCE);
    }

    private static long dossier(long unit, String type, String nominee, NominationState state) {
        return db.inTransaction(em -> TestDossiers.dossier(em, unit, type, nominee, state,
                NOW.minus(Duration.ofDays(400))));
    }

    private static long holder(long id) {
        return db.read(em -> em.find(Nomination.class, id).getCurrentUnit().getId());
    }

    private static NominationState state(long id) {
        return db.read(em -> em.find(Nomination.class, id).getState());
    }

    /** The dossier's history as "action from to actor unit", in order. */
    private static List<String> steps(long id) {
        return db.read(em -> em.createNativeQuery("SELECT action, from_state, to_state, actor, unit_id"
                        + " FROM nomination_transition WHERE nomination_id = ?1 ORDER BY id").setParameter(1, id)
                .getResultList().stream().map(row -> {
                    Object[] r = (Object[]) row;
                    return r[0] + " " + r[1] + " " + r[2] + " " + r[3] + " " + r[4];
                }).toList());
    }


    private static void await(CountDownLatch start) {
        try {
            start.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
