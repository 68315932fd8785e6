package vn.thidua.result;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.thidua.organization.OrgDatabase.level;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.thidua.movement.Indicator;
import vn.thidua.movement.IndicatorKind;
import vn.thidua.movement.Movement;
import vn.thidua.movement.MovementKind;
import vn.thidua.movement.PeriodKind;
import vn.thidua.movement.PeriodCensus;
import vn.thidua.movement.ReportingPeriod;
import vn.thidua.organization.NewUnit;
import vn.thidua.organization.OrgDatabase;
import vn.thidua.organization.OrgUnit;
import vn.thidua.organization.Restructuring;

/**
 * Roll-ups in SQL on a real schema: a district with three communes of two residential areas each, results for
 * 2023–2025, and communes 1 and 2 merged into a new commune on 1 January 2025, inside the period. The totals are
 * built by {@link ResultTotals#rebuild} and by the increments a save makes, and must agree (that test changes the
 * data, so it runs last).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RollupSqlTest {

    @RegisterExtension
    static final OrgDatabase db = new OrgDatabase();

    private static final long PROVINCE = 100;
    private static final long Y2023 = 205;
    private static final long Y2024 = 206;
    private static final long Y2025 = 207;

    private static long district;
    private static long merged;
    private static final List<Long> communes = new ArrayList<>();
    private static long movement;

    @BeforeAll
    static void build() {
        OrgDatabase.District r1 = db.district("R1", 3, 2);
        district = r1.id();
        communes.addAll(r1.communes());
        merged = db.inTransaction(em -> new Restructuring(em, "test").merge(
                List.of(em.find(OrgUnit.class, communes.get(0)), em.find(OrgUnit.class, communes.get(1))), null,
                new NewUnit("R1.9", level(em, "COMMUNE"), "Xã Hợp Nhất", "Xã", em.find(OrgUnit.class, district)), LocalDate.of(2025, 1, 1),
                "NQ sáp nhập").getId());
        movement = db.inTransaction(em -> {
            Movement m = new Movement("THU", MovementKind.CAMPAIGN, em.find(OrgUnit.class, PROVINCE), PeriodKind.YEAR);
            m.describe("Phong trào thử", null, null, 2023, 2025, null);
            m.addIndicator(new Indicator("GIFTS", IndicatorKind.COUNT, level(em, "COMMUNE"), 1)
                    .named("Suất quà", "Gifts", "suất"));
            Indicator held = m.addIndicator(new Indicator("HELD", IndicatorKind.YES_NO, level(em, "RESIDENTIAL_AREA"), 2)
                    .named("Tổ chức Ngày hội", "Held the day", null));
            m.addIndicator(Indicator.coverageOf("HELD_SHARE", held, 3).named("Tỷ lệ", "Share", null));
            em.persist(m);
            return m.getId();
        });
        // 2023: communes 10, 20, 5, all approved; areas: commune 1 both yes, commune 2 one yes, commune 3 silent.
        report(communes.get(0), Y2023, true, Map.of("GIFTS", ValueInput.amount(10)));
        report(communes.get(1), Y2023, true, Map.of("GIFTS", ValueInput.amount(20)));
        report(communes.get(2), Y2023, true, Map.of("GIFTS", ValueInput.amount(5)));
        report(area("R1.1.1", 2023), Y2023, true, Map.of("HELD", ValueInput.flag(true)));
        report(area("R1.1.2", 2023), Y2023, true, Map.of("HELD", ValueInput.flag(true)));
        report(area("R1.2.1", 2023), Y2023, true, Map.of("HELD", ValueInput.flag(true)));
        report(area("R1.2.2", 2023), Y2023, true, Map.of("HELD", ValueInput.flag(false)));
        // 2024: 1, 2 approved, commune 3's 3 only submitted.
        report(communes.get(0), Y2024, true, Map.of("GIFTS", ValueInput.amount(1)));
        report(communes.get(1), Y2024, true, Map.of("GIFTS", ValueInput.amount(2)));
        report(communes.get(2), Y2024, false, Map.of("GIFTS", ValueInput.amount(3)));
        // 2025, after the merge: the new commune 100, commune 3 7.
        report(merged, Y2025, true, Map.of("GIFTS", ValueInput.amount(100)));
        report(communes.get(2), Y2025, true, Map.of("GIFTS", ValueInput.amount(7)));
        report(area("R1.1.1", 2025), Y2025, true, Map.of("HELD", ValueInput.flag(true)));
        db.inTransaction(em -> {
            ResultTotals totals = new ResultTotals(em);
            for (long period : List.of(Y2023, Y2024, Y2025)) {
                ReportingPeriod p = em.find(ReportingPeriod.class, period);
                totals.rebuild(movement, period, p.getAsOf());
                new PeriodCensus(em).rebuild(p);
            }
            return null;
        });
    }

    @Test
    void aMergedCommuneCarriesWhatItsOldCommunesReportedBeforeTheMerge() {
        assertThat(gifts(merged, true, Y2023, Y2024, Y2025)).isEqualTo(10 + 20 + 1 + 2 + 100);
        assertThat(gifts(merged, true, Y2025)).isEqualTo(100);
    }

    @Test
    void theDistrictAndTheProvinceCountEachResultOnceAcrossTheMerge() {
        assertThat(gifts(district, true, Y2023, Y2024, Y2025)).isEqualTo(10 + 20 + 5 + 1 + 2 + 100 + 7);
        assertThat(gifts(PROVINCE, true, Y2023, Y2024, Y2025)).isEqualTo(10 + 20 + 5 + 1 + 2 + 100 + 7);
        assertThat(gifts(communes.get(2), true, Y2023, Y2024, Y2025)).isEqualTo(5 + 7);
    }

    @Test
    void unapprovedResultsCountOnlyWhenAskedFor() {
        assertThat(gifts(district, true, Y2024)).isEqualTo(3);
        assertThat(gifts(district, false, Y2024)).isEqualTo(6);
    }

    @Test
    void coverageIsYesAnswersOverAllAreasBelowIncludingThoseThatDidNotReport() {
        IndicatorValue share = rollup(district, true, Y2023).get(2);
        assertThat(share.numerator()).isEqualTo(3);
        assertThat(share.denominator()).isEqualTo(6);
        assertThat(share.value()).isEqualByComparingTo("50.00");
        IndicatorValue commune2 = rollup(communes.get(1), true, Y2023).get(2);
        assertThat(commune2.value()).isEqualByComparingTo("50.00");
        // After the merge the new commune has the four areas of the old communes 1 and 2; one said yes.
        IndicatorValue after = rollup(merged, true, Y2025).get(2);
        assertThat(after.numerator()).isEqualTo(1);
        assertThat(after.denominator()).isEqualTo(4);
        // Commune 3's areas answered nothing in 2025: no share rather than 0%.
        assertThat(rollup(communes.get(2), true, Y2025).get(2).value()).isNull();
    }

    @Test
    @Order(Integer.MAX_VALUE)
    void theIncrementsOfASaveAgreeWithARebuild() {
        db.inTransaction(em -> {
            ResultTotals totals = new ResultTotals(em);
            List<Long> ancestors = totals.ancestors(communes.get(2), LocalDate.of(2024, 10, 31));
            assertThat(ancestors).containsExactly(communes.get(2), district, PROVINCE);
            // Commune 3 changes its 2024 value from 3 to 43, then the report is approved.
            totals.add(ancestors, indicator(em, "GIFTS"), Y2024, 40, 0, 0, false);
            totals.add(ancestors, indicator(em, "GIFTS"), Y2024, 43, 0, 1, true);
            return null;
        });
        long incremented = gifts(district, true, Y2024);
        long incrementedAll = gifts(district, false, Y2024);
        db.inTransaction(em -> {
            ResultReport report = em.createQuery("select r from ResultReport r where r.unit.id = :u and r.period.id = :p",
                    ResultReport.class).setParameter("u", communes.get(2)).setParameter("p", Y2024).getSingleResult();
            report.getValues().get(0).set(ValueInput.amount(43));
            report.approvedOnLoad("test");
            em.flush();
            new ResultTotals(em).rebuild(movement, Y2024, LocalDate.of(2024, 10, 31));
            return null;
        });
        assertThat(gifts(district, true, Y2024)).isEqualTo(incremented).isEqualTo(1 + 2 + 43);
        assertThat(gifts(district, false, Y2024)).isEqualTo(incrementedAll).isEqualTo(1 + 2 + 43);
    }

    private static long gifts(long unit, boolean approvedOnly, long... periods) {
        return rollup(unit, approvedOnly, periods).get(0).value().longValueExact();
    }

    private static List<IndicatorValue> rollup(long unit, boolean approvedOnly, long... periods) {
        return db.inTransaction(em -> {
            Movement m = em.find(Movement.class, movement);
            List<PeriodInfo> infos = new ArrayList<>();
            for (long period : periods) {
                infos.add(PeriodInfo.of(em.find(ReportingPeriod.class, period)));
            }
            return new Rollups(em).compute(List.of(unit), m.getIndicators().stream().map(IndicatorInfo::of).toList(),
                    infos, approvedOnly).get(unit);
        });
    }

    private static void report(long unit, long period, boolean approved, Map<String, ValueInput> values) {
        db.inTransaction(em -> {
            Movement m = em.find(Movement.class, movement);
            ResultReport report = new ResultReport(m, em.find(OrgUnit.class, unit), em.find(ReportingPeriod.class, period),
                    "test");
            values.forEach((code, value) -> report.set(m.getIndicators().stream()
                    .filter(i -> i.getCode().equals(code)).findFirst().orElseThrow(), value, "test"));
            if (approved) {
                report.approvedOnLoad("test");
            }
            em.persist(report);
            return null;
        });
    }

    private static long area(String code, int year) {
        return db.inTransaction(em -> em.createQuery("select u.id from OrgUnit u where u.code = :c", Long.class)
                .setParameter("c", code).getSingleResult());
    }

    private static long indicator(EntityManager em, String code) {
        return em.createQuery("select i.id from Indicator i where i.code = :c and i.movement.id = :m", Long.class)
                .setParameter("c", code).setParameter("m", movement).getSingleResult();
    }
}
