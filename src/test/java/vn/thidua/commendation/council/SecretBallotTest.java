package vn.thidua.commendation.council;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.thidua.commendation.Nomination;
import vn.thidua.commendation.NominationQueries;
import vn.thidua.commendation.NominationState;
import vn.thidua.commendation.TestDossiers;
import vn.thidua.organization.OrgDatabase;
import vn.thidua.organization.OrgUnit;
import vn.thidua.platform.error.BusinessException;

/**
 * The secret ballot on the real schema: a ballot holds the choice and nothing that leads to the member, every vote
 * re-deals the item's ballots, a member votes once, and closing a session fixes results over all five members of the
 * province's council, which the transition table then reads.
 */
class SecretBallotTest {

    @RegisterExtension
    static final OrgDatabase db = new OrgDatabase();

    private static final LocalDate DAY = LocalDate.of(2026, 11, 20);
    private static final Instant SINCE = Instant.parse("2026-11-01T00:00:00Z");
    private static final List<Long> MEMBERS = new ArrayList<>();

    @BeforeAll
    static void council() {
        db.run(em -> {
            OrgUnit province = em.find(OrgUnit.class, TestDossiers.PROVINCE);
            for (String name : List.of("Lê Văn Hùng", "Phạm Thị Lan", "Hoàng Văn Nam", "Vũ Thị Mai", "Đặng Văn Sơn")) {
                long user = TestDossiers.user(em, "hd." + MEMBERS.size(), name);
                CouncilMember member = new CouncilMember(province, user, false, TestDossiers.SINCE, null);
                em.persist(member);
                em.flush();
                MEMBERS.add(member.getId());
            }
        });
    }

    @Test
    void aBallotHoldsTheChoiceAndNothingThatLeadsToTheMember() {
        assertThat(columns("BALLOT")).containsExactlyInAnyOrder("ID", "SESSION_ID", "NOMINATION_ID", "CHOICE");
        assertThat(columns("VOTE_RECORD")).doesNotContain("CHOICE").contains("MEMBER_ID");
        long session = session("Phiên kiểm tra cột");
        long nomination = onAgenda(session, "Nguyễn Thị Hồng");

        db.run(em -> new BallotBox(em).cast(session, nomination, MEMBERS.get(0), VoteChoice.AGREE, false, "hd.0"));

        assertThat(ballotIds(session, nomination)).singleElement()
                .satisfies(id -> assertThat(id).matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[0-9a-f]{4}-[0-9a-f]{12}"));
    }

    @Test
    void aMemberVotesOnceOnANominationInASession() {
        long session = session("Phiên bỏ phiếu một lần");
        long nomination = onAgenda(session, "Trần Văn Bình");
        db.run(em -> new BallotBox(em).cast(session, nomination, MEMBERS.get(1), VoteChoice.DISAGREE, false, "hd.1"));

        assertThatThrownBy(() -> db.run(em -> new BallotBox(em).cast(session, nomination, MEMBERS.get(1),
                VoteChoice.AGREE, false, "hd.1"))).isInstanceOf(BusinessException.class)
                .hasMessage("council.vote.already");

        assertThat(counts(session, nomination))
                .isEqualTo(new BallotBox.Counts(0, 1, 0));
        assertThat(db.count("vote_record WHERE session_id = " + session)).isEqualTo(1);
    }

    @Test
    void aNominationNotOnTheAgendaTakesNoVote() {
        long session = session("Phiên không có hồ sơ");
        long nomination = db.inTransaction(em -> TestDossiers.dossier(em, TestDossiers.PROVINCE, "BANG_KHEN",
                "Lê Thị Cúc", NominationState.COUNCIL_VOTE, SINCE));

        assertThatThrownBy(() -> db.run(em -> new BallotBox(em).cast(session, nomination, MEMBERS.get(0),
                VoteChoice.AGREE, false, "hd.0"))).hasMessage("council.agenda.notOnAgenda");
        assertThat(db.count("vote_record WHERE nomination_id = " + nomination)).isZero();
    }

    @Test
    void everyVoteReDealsTheItemsBallotsSoNoneKeepsTheIdOrPlaceItWasCastWith() {
        long session = session("Phiên xáo phiếu");
        long nomination = onAgenda(session, "Phạm Văn Dũng");
        db.run(em -> new BallotBox(em).cast(session, nomination, MEMBERS.get(0), VoteChoice.AGREE, false, "hd.0"));
        db.run(em -> new BallotBox(em).cast(session, nomination, MEMBERS.get(1), VoteChoice.ABSTAIN, false, "hd.1"));
        Set<String> before = new HashSet<>(ballotIds(session, nomination));

        db.run(em -> new BallotBox(em).cast(session, nomination, MEMBERS.get(2), VoteChoice.AGREE, true, "canbo"));

        List<String> after = ballotIds(session, nomination);
        assertThat(after).hasSize(3).doesNotContainAnyElementsOf(before);
        assertThat(counts(session, nomination))
                .isEqualTo(new BallotBox.Counts(2, 0, 1));
        Object[] written = db.read(em -> (Object[]) em.createNativeQuery("SELECT written, recorded_by"
                + " FROM vote_record WHERE nomination_id = ?1 AND member_id = ?2").setParameter(1, nomination)
                .setParameter(2, MEMBERS.get(2)).getSingleResult());
        assertThat(written).containsExactly(true, "canbo");
    }

    @Test
    void theThresholdCountsAgreeVotesOverAllMembersSoAbsentMembersCountAgainst() {
        long session = session("Phiên xét Bằng khen");
        long twoOfThree = onAgenda(session, "Hoàng Thị Én");
        long threeOfFive = onAgenda(session, "Vũ Văn Giang");
        vote(session, twoOfThree, VoteChoice.AGREE, VoteChoice.AGREE, VoteChoice.DISAGREE);
        vote(session, threeOfFive, VoteChoice.AGREE, VoteChoice.AGREE, VoteChoice.AGREE);
        assertThat(passed(threeOfFive)).as("nothing counts before the session closes").isFalse();

        String results = db.inTransaction(em -> new SessionClosing(em).close(em.find(CouncilSession.class, session),
                "Hội đồng họp đủ thành phần", Instant.now()));

        assertThat(results).contains(twoOfThree + ": 2/5 not passed", threeOfFive + ": 3/5 passed");
        assertThat(passed(twoOfThree)).as("2 of 5 members, 50% needed: absent members count against").isFalse();
        assertThat(passed(threeOfFive)).isTrue();
        List<CouncilQueries.AgendaRow> agenda = db.read(em -> new CouncilQueries(em).agenda(session));
        assertThat(agenda).extracting(CouncilQueries.AgendaRow::result)
                .containsExactlyInAnyOrder(new CouncilViews.Result(2, 1, 0, 5, new java.math.BigDecimal("0.500"),
                        false), new CouncilViews.Result(3, 0, 0, 5, new java.math.BigDecimal("0.500"), true));
        assertThatThrownBy(() -> db.run(em -> new SessionClosing(em).close(em.find(CouncilSession.class, session),
                null, Instant.now()))).hasMessage("council.session.closed");
    }

    @Test
    void aDossierBackBeforeTheCouncilIsVotedOnAnewNotByItsOldResult() {
        long session = session("Phiên lần một");
        long nomination = onAgenda(session, "Đỗ Văn Hải");
        vote(session, nomination, VoteChoice.AGREE, VoteChoice.AGREE, VoteChoice.AGREE);
        db.run(em -> new SessionClosing(em).close(em.find(CouncilSession.class, session), null, Instant.now()));
        assertThat(passed(nomination)).isTrue();

        db.run(em -> em.createNativeQuery("UPDATE nomination SET stage_since = ?1 WHERE id = ?2")
                .setParameter(1, Instant.now().plusSeconds(60).atOffset(java.time.ZoneOffset.UTC))
                .setParameter(2, nomination).executeUpdate());

        assertThat(passed(nomination)).as("returned, resubmitted and sent to the council again").isFalse();
        List<CouncilViews.Candidate> candidates = db.read(em -> new CouncilQueries(em).candidates(TestDossiers.PROVINCE));
        assertThat(candidates).extracting(CouncilViews.Candidate::nominationId).contains(nomination);
        long again = session("Phiên lần hai");
        db.run(em -> new CouncilQueries(em).addItem(again, nomination));
        db.run(em -> new BallotBox(em).cast(again, nomination, MEMBERS.get(0), VoteChoice.DISAGREE, false, "hd.0"));
        assertThat(counts(again, nomination)).isEqualTo(new BallotBox.Counts(0, 1, 0));
    }

    private static void vote(long session, long nomination, VoteChoice... choices) {
        for (int i = 0; i < choices.length; i++) {
            VoteChoice choice = choices[i];
            long member = MEMBERS.get(i);
            db.run(em -> new BallotBox(em).cast(session, nomination, member, choice, false, "hd"));
        }
    }

    private static BallotBox.Counts counts(long session, long nomination) {
        return db.read(em -> new BallotBox(em).counts(session, nomination));
    }

    private static boolean passed(long nomination) {
        return db.read(em -> new NominationQueries(em).tally(em.find(Nomination.class, nomination), DAY).passed());
    }

    private static long session(String title) {
        return db.inTransaction(em -> {
            CouncilSession session = new CouncilSession(em.find(OrgUnit.class, TestDossiers.PROVINCE), title, DAY,
                    "tinh.canbo");
            em.persist(session);
            em.flush();
            return session.getId();
        });
    }

    private static long onAgenda(long session, String nominee) {
        return db.inTransaction(em -> {
            long id = TestDossiers.dossier(em, TestDossiers.PROVINCE, "BANG_KHEN", nominee,
                    NominationState.COUNCIL_VOTE, SINCE);
            new CouncilQueries(em).addItem(session, id);
            return id;
        });
    }

    private static List<String> ballotIds(long session, long nomination) {
        return db.read(em -> em.createNativeQuery("SELECT id FROM ballot WHERE session_id = ?1 AND nomination_id = ?2")
                .setParameter(1, session).setParameter(2, nomination).getResultList().stream()
                .map(Object::toString).toList());
    }

    private static List<String> columns(String table) {
        return db.inTransaction(em -> {
            try {
                Connection connection = em.unwrap(Connection.class);
                DatabaseMetaData meta = connection.getMetaData();
                List<String> names = new ArrayList<>();
                try (ResultSet rs = meta.getColumns(null, null, table, null)) {
                    while (rs.next()) {
                        names.add(rs.getString("COLUMN_NAME"));
                    }
                }
                return names;
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }
}
