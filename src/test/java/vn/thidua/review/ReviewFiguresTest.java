package vn.thidua.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.thidua.commendation.registry.AwardStatistics;
import vn.thidua.movement.IndicatorKind;
import vn.thidua.result.Discipline;
import vn.thidua.result.ReportStatus;

/** The figures an approved review keeps read back as they were written (JSON-B, Yasson as in Payara Micro 6). */
class ReviewFiguresTest {

    private static final ReviewTables.Cell SHARE = new ReviewTables.Cell(new BigDecimal("100.00"), 1452L, 1452L);
    private static final ReviewTables.Cell GIFTS = new ReviewTables.Cell(BigDecimal.valueOf(354_325), null, null);

    @Test
    void nestedRecordsWithNumbersDatesEnumsAndGapsComeBackEqual() {
        ReviewFigures figures = new ReviewFigures("Tỉnh Quảng Ninh", List.of(new ReviewTables.MovementTable(
                "TET_VI_NGUOI_NGHEO", "Tết Vì người nghèo", List.of(2023, 2024), List.of(
                new ReviewTables.IndicatorRow("GIFTS", "Suất quà Tết", "Gifts", IndicatorKind.COUNT, "suất",
                        BigDecimal.valueOf(354_325), null, null, new BigDecimal("350000.00"),
                        new BigDecimal("101.24"), List.of(ReviewTables.Cell.EMPTY, GIFTS)),
                new ReviewTables.IndicatorRow("HELD_SHARE", "Tỷ lệ", null, IndicatorKind.COVERAGE, "%",
                        new BigDecimal("100.00"), 1452L, 1452L, null, null, List.of(SHARE, SHARE))), List.of(
                new ReviewTables.ChildRow("06652", "Phường Hà Tu", List.of(GIFTS, SHARE)),
                new ReviewTables.ChildRow(null, null, List.of(new ReviewTables.Cell(BigDecimal.valueOf(919), null,
                        null), ReviewTables.Cell.EMPTY))))),
                AwardTables.of(new AwardStatistics(List.of(new AwardStatistics.Count("BANG_KHEN", "Bằng khen",
                        "PROVINCE", "Cấp tỉnh", 2024, vn.thidua.commendation.RecipientKind.COLLECTIVE, 3)),
                        List.of(new AwardStatistics.IssuedDecision("125/QĐ-MTTQ", LocalDate.of(2024, 5, 20),
                                "Ủy ban MTTQ tỉnh", "Bằng khen", 3))), 2023, 2024),
                List.of(new Discipline("TET_VI_NGUOI_NGHEO", List.of(new Discipline.PeriodCount("2024", 2024, 191,
                        0, 2)), List.of(new Discipline.Lapse("2024", "06652", "Phường Hà Phong", "Cấp xã",
                        ReportStatus.APPROVED, Instant.parse("2024-11-20T03:15:00Z"))), false)));

        String json = figures.toJson();
        ReviewFigures read = ReviewFigures.fromJson(json);

        assertThat(read).isEqualTo(figures);
        assertThat(read.movements().get(0).children().get(1).unitCode()).as("the row of what no child carries")
                .isNull();
        assertThat(read.movements().get(0).indicators().get(1).years().get(0).value()).isEqualByComparingTo("100");
        assertThat(read.commendations().decisions().get(0).signedOn()).isEqualTo(LocalDate.of(2024, 5, 20));
        assertThat(read.discipline().get(0).lapses().get(0).late()).isTrue();
    }
}
