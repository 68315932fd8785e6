package vn.thidua.commendation.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.thidua.organization.OrgDatabase.level;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.thidua.commendation.Award;
import vn.thidua.commendation.AwardType;
import vn.thidua.commendation.Decision;
import vn.thidua.commendation.Nominee;
import vn.thidua.commendation.RecipientKind;
import vn.thidua.organization.NewUnit;
import vn.thidua.organization.OrgDatabase;
import vn.thidua.organization.OrgEvent;
import vn.thidua.organization.OrgUnit;
import vn.thidua.organization.Restructuring;
import vn.thidua.platform.text.SearchText;

/**
 * The registry's SQL on the real schema (Flyway's V7 included). The tree: the seeded province; since 2000 a district
 * with communes An, Bình and Đông; on 1 July 2025 An and Bình merge into the new ward Cẩm, directly under the
 * province. Awards: a person of An (2023, by the province), a person of Bình (2022, by Bình itself), a person of Đông
 * (2024), a collective proposed by the province (2024) and a person of Cẩm (2025).
 */
class RegistrySqlTest {

    @RegisterExtension
    static final OrgDatabase db = new OrgDatabase();

    private static final long PROVINCE = 100;
    private static final LocalDate MERGER = LocalDate.of(2025, 7, 1);
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 1);

    private static long district;
    private static long an;
    private static long binh;
    private static long dong;
    private static long cam;
    private static long hangAward;
    private static long binhDecision;

    @BeforeAll
    static void build() {
        db.run(em -> {
            Restructuring r = new Restructuring(em, "test");
            OrgEvent created = r.event(OrgEvent.Kind.CREATE, LocalDate.of(2000, 1, 1), "Cây thử");
            OrgUnit province = em.find(OrgUnit.class, PROVINCE);
            OrgUnit d = r.create(created, new NewUnit("R1", level(em, "DISTRICT"), "Huyện Thử", "Huyện", province));
            OrgUnit a = r.create(created, new NewUnit("R1.1", level(em, "COMMUNE"), "Xã An", "Xã", d));
            OrgUnit b = r.create(created, new NewUnit("R1.2", level(em, "COMMUNE"), "Xã Bình", "Xã", d));
            OrgUnit o = r.create(created, new NewUnit("R1.3", level(em, "COMMUNE"), "Xã Đông", "Xã", d));
            em.flush();
            OrgUnit c = r.merge(List.of(a, b), null, new NewUnit("R9", level(em, "COMMUNE"), "Phường Cẩm", "Phường",
                    province), MERGER, "Nghị quyết thử");
            em.flush();
            district = d.getId();
            an = a.getId();
            binh = b.getId();
            dong = o.getId();
            cam = c.getId();
        });
        db.run(em -> {
            Decision province2024 = decision(em, PROVINCE, "BANG_KHEN", 7, LocalDate.of(2024, 5, 10));
            hangAward = award(em, "Nguyễn Thị Hằng", RecipientKind.INDIVIDUAL, an, "BANG_KHEN", 2023, province2024);
            Decision fromBinh = decision(em, binh, "GIAY_KHEN", 3, LocalDate.of(2022, 12, 20));
            binhDecision = fromBinh.getId();
            award(em, "Trần Văn Bình", RecipientKind.INDIVIDUAL, binh, "GIAY_KHEN", 2022, fromBinh);
            award(em, "Lê Thị Đào", RecipientKind.INDIVIDUAL, dong, "BANG_KHEN", 2024, province2024);
            award(em, "Ban Tuyên giáo Ủy ban MTTQ tỉnh", RecipientKind.COLLECTIVE, PROVINCE, "BANG_KHEN", 2024,
                    province2024);
            award(em, "Phạm Văn Cường", RecipientKind.INDIVIDUAL, cam, "GIAY_KHEN", 2025,
                    decision(em, cam, "GIAY_KHEN", 1, LocalDate.of(2025, 12, 1)));
        });
    }

    @Test
    void aNameTypedWithoutDiacriticsFindsItWithThem() {
        assertThat(names(filter("nguyen thi hang"))).containsExactly("Nguyễn Thị Hằng");
        assertThat(names(filter("NGUYỄN THỊ HẰNG"))).containsExactly("Nguyễn Thị Hằng");
        assertThat(names(filter("hang"))).containsExactly("Nguyễn Thị Hằng");
        assertThat(names(filter("đào"))).containsExactly("Lê Thị Đào");
        assertThat(names(filter("dao"))).containsExactly("Lê Thị Đào");
        assertThat(names(filter("%"))).isEmpty();
    }

    @Test
    void eachWordTypedFindsTheStartOfAWordOfTheNameAsTheNomineeSearchDoes() {
        assertThat(names(filter("nguyen h"))).containsExactly("Nguyễn Thị Hằng");
        assertThat(names(filter("Phạm C"))).containsExactly("Phạm Văn Cường");
        assertThat(names(filter("van"))).containsExactlyInAnyOrder("Trần Văn Bình", "Phạm Văn Cường");
        assertThat(names(filter("binh tran"))).as("in any order").containsExactly("Trần Văn Bình");
        assertThat(names(filter("ban tuyen"))).containsExactly("Ban Tuyên giáo Ủy ban MTTQ tỉnh");
        assertThat(names(filter("ang"))).as("not inside a word").isEmpty();
        assertThat(names(filter("nguyen x"))).isEmpty();
    }

    @Test
    void aUnitOfTodayFindsTheAwardsOfTheUnitsItInherited() {
        assertThat(names(unit(cam))).containsExactlyInAnyOrder("Nguyễn Thị Hằng", "Trần Văn Bình", "Phạm Văn Cường");
        assertThat(names(unit(an))).containsExactly("Nguyễn Thị Hằng");
    }

    @Test
    void aFormerDistrictFindsWhatItsCommunesWereAwardedAndTheProvinceFindsAll() {
        assertThat(names(unit(district))).containsExactlyInAnyOrder("Nguyễn Thị Hằng", "Trần Văn Bình", "Lê Thị Đào");
        assertThat(count(RegistryScope.ofEverything(), new AwardFilter(null, PROVINCE, null, null, null)))
                .isEqualTo(5);
    }

    @Test
    void aCommuneSeesItsOwnAwardsWithItsPredecessorsAndThoseAboveButNotASiblings() {
        RegistryScope ward = new RegistryScope(false, String.valueOf(cam), String.valueOf(PROVINCE));

        assertThat(names(ward, AwardFilter.ANY)).containsExactlyInAnyOrder("Nguyễn Thị Hằng", "Trần Văn Bình",
                "Phạm Văn Cường", "Ban Tuyên giáo Ủy ban MTTQ tỉnh");
        assertThat(db.<Boolean>read(em -> new RegistryQueries(em).isVisible(ward, hangAward))).isTrue();
        RegistryScope other = new RegistryScope(false, String.valueOf(dong), String.valueOf(district) + ","
                + PROVINCE);
        assertThat(db.<Boolean>read(em -> new RegistryQueries(em).isVisible(other, hangAward))).isFalse();
        assertThat(db.<Boolean>read(em -> new DecisionQueries(em).isVisible(ward, binhDecision))).isTrue();
        assertThat(db.<Boolean>read(em -> new DecisionQueries(em).isVisible(other, binhDecision))).isFalse();
        assertThat(db.<Long>read(em -> new DecisionQueries(em).count(ward, null, null))).isEqualTo(3);
    }

    @Test
    void resultsComeNewestFirstAPageAtATimeWithTheUnitNamedAsOnTheDayOfTheDecision() {
        List<AwardLine> first = db.read(em -> new RegistryQueries(em).search(RegistryScope.ofEverything(),
                AwardFilter.ANY, 0, 2));
        List<AwardLine> rest = db.read(em -> new RegistryQueries(em).search(RegistryScope.ofEverything(),
                AwardFilter.ANY, 2, 10));

        assertThat(first).extracting(AwardLine::year).containsExactly(2025, 2024);
        assertThat(rest).extracting(AwardLine::year).containsExactly(2024, 2023, 2022);
        AwardLine hang = rest.get(1);
        assertThat(hang.unitName()).isEqualTo("Xã An");
        assertThat(hang.decisionNumber()).isEqualTo("7/QĐ-MTTQ");
        assertThat(hang.awardTypeNameVi()).isEqualTo("Bằng khen");
    }

    @Test
    void yearAwardTypeAndAnEndedUnitsCodeFilter() {
        assertThat(names(new AwardFilter(null, null, 2024, null, null))).containsExactlyInAnyOrder("Lê Thị Đào",
                "Ban Tuyên giáo Ủy ban MTTQ tỉnh");
        assertThat(names(new AwardFilter(null, null, null, "GIAY_KHEN", null))).containsExactlyInAnyOrder(
                "Trần Văn Bình", "Phạm Văn Cường");
        assertThat(names(new AwardFilter(null, null, null, null, "NO_SUCH"))).isEmpty();
        assertThat(db.<Optional<Long>>read(em -> new RegistryQueries(em).unitId("R1.1", TODAY))).contains(an);
        assertThat(db.<Optional<Long>>read(em -> new RegistryQueries(em).unitId("R9", TODAY))).contains(cam);
        assertThat(db.<Optional<Long>>read(em -> new RegistryQueries(em).unitId("KHONG", TODAY))).isEmpty();
    }

    private static List<String> names(AwardFilter filter) {
        return names(RegistryScope.ofEverything(), filter);
    }

    private static List<String> names(RegistryScope scope, AwardFilter filter) {
        return db.read(em -> new RegistryQueries(em).search(scope, filter, 0, 100)).stream()
                .map(AwardLine::recipientName).toList();
    }

    private static long count(RegistryScope scope, AwardFilter filter) {
        return db.read(em -> new RegistryQueries(em).count(scope, filter));
    }

    private static AwardFilter filter(String typed) {
        return new AwardFilter(SearchText.normalize(typed), null, null, null, null);
    }

    private static AwardFilter unit(long id) {
        return new AwardFilter(null, id, null, null, null);
    }

    private static Decision decision(EntityManager em, long issuer, String type, int seq, LocalDate signedOn) {
        Decision decision = new Decision(em.find(OrgUnit.class, issuer), type(em, type), seq, signedOn,
                new Decision.Signature("test", "Người Ký", "Chủ tịch", "tặng thử"));
        em.persist(decision);
        return decision;
    }

    private static long award(EntityManager em, String name, RecipientKind kind, long unit, String type, int year,
                              Decision decision) {
        Nominee nominee = new Nominee(kind, name, em.find(OrgUnit.class, unit), "test");
        em.persist(nominee);
        Award award = new Award(nominee, type(em, type), year, year, decision, em.find(OrgUnit.class, unit), null);
        em.persist(award);
        em.flush();
        return award.getId();
    }

    private static AwardType type(EntityManager em, String code) {
        return em.createQuery("select t from AwardType t where t.code = :c", AwardType.class).setParameter("c", code)
                .getSingleResult();
    }
}
