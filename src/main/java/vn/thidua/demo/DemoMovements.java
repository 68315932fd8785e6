package vn.thidua.demo;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import vn.thidua.movement.Indicator;
import vn.thidua.movement.IndicatorKind;
import vn.thidua.movement.IndicatorTarget;
import vn.thidua.movement.Movement;
import vn.thidua.movement.MovementKind;
import vn.thidua.movement.MovementStatus;
import vn.thidua.movement.PeriodKind;
import vn.thidua.organization.OrgLevel;
import vn.thidua.organization.OrgUnit;

/**
 * The seed report's five movements and their indicators, launched by the province committee (demo data); among them
 * the yes/no answers and shares of units that measure the 2024–2029 targets of the term review ({@link DemoReviews}),
 * which sets those years' targets. The Great Unity Day's 100% target of the years before is set here.
 */
final class DemoMovements {

    static final int FIRST_YEAR = 2019;
    static final int LAST_YEAR = 2029;

    private final EntityManager em;
    private final OrgUnit province;

    DemoMovements(EntityManager em, OrgUnit province) {
        this.em = em;
        this.province = province;
    }

    List<Movement> create() {
        OrgLevel commune = level("COMMUNE");
        OrgLevel area = level("RESIDENTIAL_AREA");

        Movement tet = movement("TET_VI_NGUOI_NGHEO", MovementKind.CAMPAIGN, "Chương trình “Tết Vì người nghèo”",
                "45/KH-MTTQ-BTT", LocalDate.of(2018, 12, 10),
                "Vận động, trao quà Tết cho hộ nghèo, hộ cận nghèo, đối tượng yếu thế; từ năm 2022 không sử dụng ngân sách.");
        add(tet, new Indicator("GIFTS", IndicatorKind.COUNT, commune, 1), "Suất quà Tết", "Tết gift packages", "suất");
        add(tet, new Indicator("GIFT_VALUE", IndicatorKind.MONEY, commune, 2), "Trị giá quà Tết", "Value of the gifts",
                "đồng");
        Indicator budgetFree = add(tet, new Indicator("BUDGET_FREE", IndicatorKind.YES_NO, commune, 3),
                "Không sử dụng ngân sách (100% xã hội hóa)", "Budget-free (100% socially mobilised)", null);
        add(tet, Indicator.coverageOf("BUDGET_FREE_SHARE", budgetFree, 4), "Tỷ lệ xã không sử dụng ngân sách",
                "Share of communes without budget funds", "%");
        Indicator allSupported = add(tet, new Indicator("ALL_SUPPORTED", IndicatorKind.YES_NO, commune, 5),
                "Hộ nghèo, hộ cận nghèo, trẻ em mồ côi, đối tượng yếu thế đều được hỗ trợ",
                "Poor and near-poor households, orphans and vulnerable people all supported", null);
        add(tet, Indicator.coverageOf("ALL_SUPPORTED_SHARE", allSupported, 6),
                "Tỷ lệ xã hỗ trợ được toàn bộ hộ nghèo, hộ cận nghèo, trẻ em mồ côi, đối tượng yếu thế",
                "Share of communes where all poor and near-poor households, orphans and vulnerable people were"
                        + " supported", "%");

        Movement houses = movement("NHA_DAI_DOAN_KET", MovementKind.CAMPAIGN, "Xây dựng nhà “Đại đoàn kết”",
                "52/KH-MTTQ-BTT", LocalDate.of(2019, 1, 15),
                "Vận động xây mới, sửa chữa nhà Đại đoàn kết cho hộ nghèo, hộ khó khăn về nhà ở.");
        add(houses, new Indicator("HOUSES", IndicatorKind.COUNT, commune, 1), "Nhà Đại đoàn kết xây mới, sửa chữa",
                "Great Unity houses built or repaired", "ngôi nhà");
        add(houses, new Indicator("HOUSE_VALUE", IndicatorKind.MONEY, commune, 2), "Tổng số tiền xây, sửa nhà",
                "Amount spent on the houses", "đồng");

        Movement housing = movement("HO_TRO_NHA_O", MovementKind.CAMPAIGN,
                "Hỗ trợ nhà ở, nhà tiêu hợp vệ sinh", "61/KH-MTTQ-BTT", LocalDate.of(2019, 3, 1),
                "Hỗ trợ, giúp đỡ địa phương thiếu hụt tiêu chí nhà ở, nhà tiêu hợp vệ sinh.");
        add(housing, new Indicator("SUPPORT_VALUE", IndicatorKind.MONEY, commune, 1),
                "Kinh phí hỗ trợ nhà ở, nhà tiêu hợp vệ sinh", "Housing and sanitation support", "đồng");
        Indicator noTempHouses = add(housing, new Indicator("NO_TEMP_HOUSES", IndicatorKind.YES_NO, commune, 2),
                "Không phát sinh nhà ở tạm, nhà ở dột nát", "No temporary or dilapidated houses re-emerged", null);
        add(housing, Indicator.coverageOf("NO_TEMP_HOUSES_SHARE", noTempHouses, 3),
                "Tỷ lệ xã không phát sinh nhà ở tạm, nhà ở dột nát",
                "Share of communes where no temporary or dilapidated houses re-emerged", "%");

        Movement digital = movement("TO_CONG_NGHE_SO", MovementKind.EMULATION, "Tổ công nghệ số cộng đồng",
                "88/KH-MTTQ-BTT", LocalDate.of(2021, 9, 20),
                "Thành lập và duy trì tổ công nghệ số cộng đồng ở thôn, bản, khu phố; nòng cốt là đoàn viên thanh niên.");
        add(digital, new Indicator("TEAMS", IndicatorKind.COUNT, commune, 1), "Tổ công nghệ số cộng đồng thành lập",
                "Community digital-technology teams set up", "tổ");
        add(digital, new Indicator("MEMBERS", IndicatorKind.COUNT, commune, 2), "Thành viên tham gia",
                "Members who joined", "người");
        Indicator communeTeam = add(digital, new Indicator("COMMUNE_HAS_TEAM", IndicatorKind.YES_NO, commune, 3),
                "Xã, phường, thị trấn có tổ công nghệ số", "Commune has a team", null);
        add(digital, Indicator.coverageOf("COMMUNE_COVERAGE", communeTeam, 4), "Tỷ lệ xã, phường, thị trấn được bao phủ",
                "Communes covered", "%");
        Indicator areaTeam = add(digital, new Indicator("AREA_HAS_TEAM", IndicatorKind.YES_NO, area, 5),
                "Thôn, bản, khu phố có tổ công nghệ số", "Residential area has a team", null);
        Indicator areaCoverage = add(digital, Indicator.coverageOf("AREA_COVERAGE", areaTeam, 6),
                "Tỷ lệ thôn, bản, khu phố được bao phủ", "Residential areas covered", "%");

        Movement day = movement("NGAY_HOI_DDK", MovementKind.EMULATION, "Ngày hội Đại đoàn kết toàn dân tộc",
                "30/HD-MTTQ-BTT", LocalDate.of(2019, 8, 26),
                "Tổ chức Ngày hội Đại đoàn kết toàn dân tộc ở khu dân cư (18/11) gắn với bổ sung hương ước, quy ước.");
        Indicator held = add(day, new Indicator("HELD", IndicatorKind.YES_NO, area, 1),
                "Khu dân cư tổ chức Ngày hội", "Residential area held the day", null);
        Indicator heldShare = add(day, Indicator.coverageOf("HELD_SHARE", held, 2),
                "Tỷ lệ khu dân cư tổ chức Ngày hội", "Residential areas that held the day", "%");
        Indicator modelArea = add(day, new Indicator("MODEL_AREA", IndicatorKind.YES_NO, area, 3),
                "Khu dân cư xây dựng được mô hình khu dân cư đoàn kết, đồng thuận, an ninh, an toàn, ấm no, hạnh phúc",
                "Residential area built a model united, consensual, safe, prosperous and happy residential area", null);
        add(day, Indicator.coverageOf("MODEL_AREA_SHARE", modelArea, 4),
                "Tỷ lệ khu dân cư xây dựng được mô hình khu dân cư đoàn kết, đồng thuận, an ninh, an toàn, ấm no,"
                        + " hạnh phúc", "Residential areas that built a model united, consensual, safe, prosperous and"
                        + " happy residential area", "%");

        List<Movement> all = List.of(tet, houses, housing, digital, day);
        all.forEach(em::persist);
        em.flush();
        for (int year = FIRST_YEAR; year <= LAST_YEAR; year++) {
            if (year < DemoReviews.NEXT_TERM_FROM) {
                em.persist(new IndicatorTarget(heldShare, province, year, BigDecimal.valueOf(100)));
            }
            if (year >= 2023) {
                em.persist(new IndicatorTarget(areaCoverage, province, year, BigDecimal.valueOf(100)));
            }
        }
        return all;
    }

    private Movement movement(String code, MovementKind kind, String name, String decision, LocalDate decided,
                              String description) {
        Movement movement = new Movement(code, kind, province, PeriodKind.YEAR);
        movement.describe(name, decision, decided, FIRST_YEAR, LAST_YEAR, description);
        movement.setStatus(MovementStatus.ACTIVE);
        movement.markDemo();
        return movement;
    }

    private static Indicator add(Movement movement, Indicator indicator, String nameVi, String nameEn, String unit) {
        return movement.addIndicator(indicator.named(nameVi, nameEn, unit));
    }

    private OrgLevel level(String code) {
        return OrgLevel.find(em, code).orElseThrow();
    }
}
