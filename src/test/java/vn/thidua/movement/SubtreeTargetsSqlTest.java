package vn.thidua.movement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.thidua.organization.OrgDatabase.level;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.thidua.organization.NewUnit;
import vn.thidua.organization.OrgDatabase;
import vn.thidua.organization.OrgUnit;
import vn.thidua.organization.Restructuring;
import vn.thidua.platform.error.BusinessException;

/**
 * Targets written over a subtree in SQL, on the real schema: district S1 with communes S1.1 and S1.2 of two
 * residential areas each, merged on 1 January 2025 into a new commune that takes the code S1.1 again; district S2
 * beside it. The years 2024 and 2025 reach the tree of their own structure day, by unit id.
 */
class SubtreeTargetsSqlTest {

    @RegisterExtension
    static final OrgDatabase db = new OrgDatabase();

    private static final long PROVINCE = 100;

    private static long district;
    private static long oldCommune;
    private static long newCommune;
    private static long otherCommune;
    private static long movement;

    @BeforeAll
    static void build() {
        OrgDatabase.District s1 = db.district("S1", 2, 2);
        district = s1.id();
        oldCommune = s1.communes().get(0);
        otherCommune = db.district("S2", 1, 0).communes().get(0);
        newCommune = db.inTransaction(em -> new Restructuring(em, "test").merge(
                List.of(em.find(OrgUnit.class, oldCommune), unit(em, "S1.2")), null,
                new NewUnit("S1.1", level(em, "COMMUNE"), "Xã Hợp Nhất", "Xã", em.find(OrgUnit.class, district)),
                LocalDate.of(2025, 1, 1), "NQ sáp nhập").getId());
        movement = db.inTransaction(em -> {
            Movement m = new Movement("CAY", MovementKind.CAMPAIGN, em.find(OrgUnit.class, PROVINCE), PeriodKind.YEAR);
            m.describe("Phong trào thử", null, null, 2024, 2025, null);
            m.addIndicator(new Indicator("GIFTS", IndicatorKind.COUNT, level(em, "COMMUNE"), 1)
                    .named("Suất quà", "Gifts", "suất"));
            Indicator held = m.addIndicator(new Indicator("HELD", IndicatorKind.YES_NO, level(em, "RESIDENTIAL_AREA"), 2)
                    .named("Tổ chức Ngày hội", "Held the day", null));
            m.addIndicator(Indicator.coverageOf("HELD_SHARE", held, 3).named("Tỷ lệ", "Share", null));
            m.addIndicator(new Indicator("BUDGET_FREE", IndicatorKind.YES_NO, level(em, "COMMUNE"), 4)
                    .named("Không dùng ngân sách", "Budget-free", null));
            em.persist(m);
            return m.getId();
        });
    }

    @BeforeEach
    void noTargets() {
        db.inTransaction(em -> em.createNativeQuery("DELETE FROM indicator_target").executeUpdate());
    }

    @Test
    void aShareReachesEveryUnitOfTheSubtreeAsItWasEachYearByIdDownToTheEntryLevel() {
        int written = set("HELD_SHARE", district, 2024, 2025, 100);

        assertThat(written).isEqualTo(7 + 6);
        assertThat(codes(2024, "HELD_SHARE")).containsExactly("S1", "S1.1", "S1.1.1", "S1.1.2", "S1.2", "S1.2.1",
                "S1.2.2");
        assertThat(codes(2025, "HELD_SHARE")).as("the merged commune, not its predecessors")
                .containsExactly("S1", "S1.1", "S1.1.1", "S1.1.2", "S1.2.1", "S1.2.2");
        assertThat(unitsOf(2024, "HELD_SHARE")).contains(oldCommune).doesNotContain(newCommune);
        assertThat(unitsOf(2025, "HELD_SHARE")).contains(newCommune).doesNotContain(oldCommune, otherCommune);
        set("BUDGET_FREE", district, 2024, 2024, 100);
        assertThat(codes(2024, "BUDGET_FREE")).as("down to the communes that answer it")
                .containsExactly("S1", "S1.1", "S1.2");
    }

    @Test
    void aSumIsSetForTheUnitAlone() {
        assertThat(set("GIFTS", district, 2024, 2025, 40)).isEqualTo(2);
        assertThat(codes(2024, "GIFTS")).containsExactly("S1");
        assertThat(codes(2025, "GIFTS")).containsExactly("S1");
    }

    @Test
    void settingAgainReplacesTheAmountsAndRemovingLeavesOtherUnitsYearsAndIndicatorsAlone() {
        set("HELD_SHARE", district, 2024, 2025, 100);
        set("HELD_SHARE", otherCommune, 2024, 2024, 80);
        set("GIFTS", district, 2024, 2024, 40);
        long before = db.inTransaction(em -> ResultsVersion.of(em, movement));

        set("HELD_SHARE", district, 2024, 2025, 90);
        assertThat(amounts("HELD_SHARE")).containsExactly(Map.entry("80", 1L), Map.entry("90", 13L));
        int removed = db.inTransaction(em -> new SubtreeTargets(em).remove(indicator(em, "HELD_SHARE"),
                em.find(OrgUnit.class, district), 2025, 2025));

        assertThat(removed).isEqualTo(6);
        assertThat(codes(2025, "HELD_SHARE")).isEmpty();
        assertThat(codes(2024, "HELD_SHARE")).hasSize(7 + 1).contains("S2.1");
        assertThat(codes(2024, "GIFTS")).containsExactly("S1");
        long after = db.inTransaction(em -> ResultsVersion.of(em, movement));
        assertThat(after).as("cached roll-ups are stale").isGreaterThan(before);
    }

    @Test
    void aShareAbove100PercentIsRefused() {
        assertThatThrownBy(() -> set("HELD_SHARE", district, 2024, 2025, 120)).isInstanceOf(BusinessException.class);
        assertThat(codes(2024, "HELD_SHARE")).isEmpty();
    }

    private static int set(String indicator, long unit, int from, int to, int amount) {
        return db.inTransaction(em -> new SubtreeTargets(em).set(indicator(em, indicator), em.find(OrgUnit.class, unit),
                from, to, BigDecimal.valueOf(amount)));
    }

    private static List<String> codes(int year, String indicator) {
        return db.inTransaction(em -> em.createQuery("select t.unit.code from IndicatorTarget t where t.year = :y"
                        + " and t.indicator.code = :i and t.indicator.movement.id = :m order by t.unit.code", String.class)
                .setParameter("y", year).setParameter("i", indicator).setParameter("m", movement).getResultList());
    }

    private static List<Long> unitsOf(int year, String indicator) {
        return db.inTransaction(em -> em.createQuery("select t.unit.id from IndicatorTarget t where t.year = :y"
                        + " and t.indicator.code = :i and t.indicator.movement.id = :m", Long.class)
                .setParameter("y", year).setParameter("i", indicator).setParameter("m", movement).getResultList());
    }

    /** How many targets of the indicator have each amount. */
    private static Map<String, Long> amounts(String indicator) {
        Map<String, Long> counts = new TreeMap<>();
        db.inTransaction(em -> em.createQuery("select t.amount from IndicatorTarget t where t.indicator.code = :i"
                        + " and t.indicator.movement.id = :m", BigDecimal.class).setParameter("i", indicator)
                .setParameter("m", movement).getResultList())
                .forEach(a -> counts.merge(a.stripTrailingZeros().toPlainString(), 1L, Long::sum));
        return counts;
    }

    private static Indicator indicator(EntityManager em, String code) {
        return em.createQuery("select i from Indicator i where i.code = :c and i.movement.id = :m", Indicator.class)
                .setParameter("c", code).setParameter("m", movement).getSingleResult();
    }

    private static OrgUnit unit(EntityManager em, String code) {
        return em.createQuery("select u from OrgUnit u where u.code = :c", OrgUnit.class).setParameter("c", code)
                .getSingleResult();
    }
}
