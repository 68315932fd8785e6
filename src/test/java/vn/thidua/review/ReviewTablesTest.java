package vn.thidua.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.thidua.commendation.RecipientKind;
import vn.thidua.commendation.registry.AwardStatistics;
import vn.thidua.movement.IndicatorKind;
import vn.thidua.platform.error.BusinessException;
import vn.thidua.platform.i18n.Messages;
import vn.thidua.result.IndicatorInfo;
import vn.thidua.result.IndicatorValue;
import vn.thidua.result.PeriodInfo;
import vn.thidua.result.Rollup;
import vn.thidua.review.document.ReviewText;

/** The pure parts of a review: its tables from roll-ups and award counts, its numbers as words, its workflow. */
class ReviewTablesTest {

    private static final PeriodInfo Y2024 = new PeriodInfo(206, "2024", 2024, LocalDate.of(2024, 10, 31));
    private static final PeriodInfo Y2025 = new PeriodInfo(207, "2025", 2025, LocalDate.of(2025, 12, 31));
    private static final IndicatorInfo GIFTS = new IndicatorInfo(1, "GIFTS", "Suất quà Tết", "Gifts",
            IndicatorKind.COUNT, "suất", 3, 1);
    private static final IndicatorInfo HELD = new IndicatorInfo(2, "HELD_SHARE", "Tỷ lệ", "Share",
            IndicatorKind.COVERAGE, "%", 4, 3);
    private static final IndicatorInfo NOTES = new IndicatorInfo(5, "NOTES", "Ghi chú", "Notes",
            IndicatorKind.TEXT, null, 3, 5);

    private static IndicatorValue gifts(long y2024, long y2025) {
        return new IndicatorValue(GIFTS, BigDecimal.valueOf(y2024 + y2025), null, null, null, null, List.of(
                new IndicatorValue.PeriodValue(Y2024, BigDecimal.valueOf(y2024), null, null),
                new IndicatorValue.PeriodValue(Y2025, BigDecimal.valueOf(y2025), null, null)));
    }

    private static Rollup rollup(String unit, IndicatorValue... values) {
        return new Rollup("TET", unit, "Đơn vị " + unit, 2024, 2025, true, List.of(values));
    }

    @Test
    void aYearOfASumAddsItsPeriodsAndAYearOfAShareIsItsLastAnsweredPeriod() {
        IndicatorValue share = new IndicatorValue(HELD, new BigDecimal("50.00"), 1L, 2L, null, null, List.of(
                new IndicatorValue.PeriodValue(Y2024, new BigDecimal("50.00"), 1L, 2L),
                new IndicatorValue.PeriodValue(Y2025, null, 0L, 0L)));
        List<ReviewTables.Cell> years = MovementTables.byYear(share, List.of(2024, 2025));
        assertThat(years.get(0)).isEqualTo(new ReviewTables.Cell(new BigDecimal("50.00"), 1L, 2L));
        assertThat(years.get(1)).as("nobody answered in 2025").isEqualTo(ReviewTables.Cell.EMPTY);
        assertThat(MovementTables.byYear(gifts(10, 20), List.of(2024, 2025))).extracting(ReviewTables.Cell::value)
                .containsExactly(BigDecimal.valueOf(10), BigDecimal.valueOf(20));
    }

    @Test
    void whatNoChildCarriesGetsARowOfItsOwnSoTheRowsAddUpToTheTotal() {
        IndicatorValue notes = new IndicatorValue(NOTES, null, null, null, null, null, List.of());
        ReviewTables.MovementTable table = MovementTables.of("Tết", rollup("22", gifts(100, 50), notes),
                List.of(rollup("A", gifts(60, 30)), rollup("B", gifts(30, 20))));
        assertThat(table.indicators()).as("text is left out").extracting(ReviewTables.IndicatorRow::code)
                .containsExactly("GIFTS");
        assertThat(table.children()).hasSize(3);
        ReviewTables.ChildRow rest = table.children().get(2);
        assertThat(rest.unitCode()).isNull();
        assertThat(rest.values().get(0).value()).isEqualByComparingTo("10");
    }

    @Test
    void childrenThatCarryEverythingNeedNoExtraRow() {
        ReviewTables.MovementTable table = MovementTables.of("Tết", rollup("22", gifts(100, 50)),
                List.of(rollup("A", gifts(70, 30)), rollup("B", gifts(30, 20))));
        assertThat(table.children()).extracting(ReviewTables.ChildRow::unitCode).containsExactly("A", "B");
    }

    @Test
    void awardsAreCountedByTypeAndByRecipientKindPerYear() {
        AwardTables tables = AwardTables.of(new AwardStatistics(List.of(
                new AwardStatistics.Count("BANG_KHEN", "Bằng khen", "PROVINCE", "Cấp tỉnh", 2023,
                        RecipientKind.COLLECTIVE, 3),
                new AwardStatistics.Count("BANG_KHEN", "Bằng khen", "PROVINCE", "Cấp tỉnh", 2024,
                        RecipientKind.INDIVIDUAL, 2),
                new AwardStatistics.Count("GIAY_KHEN", "Giấy khen", "COMMUNE", "Cấp xã", 2024,
                        RecipientKind.INDIVIDUAL, 1)), List.of()), 2023, 2024);
        assertThat(tables.total()).isEqualTo(6);
        assertThat(tables.byType()).extracting(AwardTables.Line::name).containsExactly("Bằng khen", "Giấy khen");
        assertThat(tables.byType().get(0).perYear()).containsExactly(3L, 2L);
        assertThat(tables.byRecipient()).filteredOn(l -> l.key().equals("INDIVIDUAL")).singleElement()
                .satisfies(l -> assertThat(l.perYear()).containsExactly(0L, 3L));
    }

    @Test
    void valuesReadAsAReportWritesThem() {
        assertThat(ReviewText.value(IndicatorKind.COUNT, "suất", cell(354_325), Messages.VIETNAMESE))
                .isEqualTo("354.325 suất");
        assertThat(ReviewText.value(IndicatorKind.MONEY, "đồng", cell(220_340_000_000L), Messages.VIETNAMESE))
                .isEqualTo("220,34 tỷ đồng");
        assertThat(ReviewText.value(IndicatorKind.COVERAGE, "%", new ReviewTables.Cell(new BigDecimal("100.00"),
                1452L, 1452L), Messages.VIETNAMESE)).isEqualTo("100% (1.452/1.452)");
        assertThat(ReviewText.value(IndicatorKind.COUNT, "suất", ReviewTables.Cell.EMPTY, Messages.VIETNAMESE))
                .isEmpty();
    }

    @Test
    void anApprovedReviewIsReadOnlyAndSetsTheNextFiveYearTerm() {
        TermReview review = new TermReview(unit(), 2019, 2024, "tinh.canbo", Instant.now());
        for (ReviewSection section : ReviewSection.values()) {
            review.write(section, "  Bài học.  ", "tinh.canbo", Instant.now());
        }
        assertThat(review.sections().get(ReviewSection.LESSONS)).isEqualTo("Bài học.");
        assertThatThrownBy(() -> new ReviewTarget(review, 1, "100% khu dân cư", null, null))
                .as("targets come from an approved review").isInstanceOf(BusinessException.class);
        review.approve("tinh.lanhdao", Instant.now());
        assertThat(review.nextTermFrom()).isEqualTo(2024);
        assertThat(review.nextTermTo()).isEqualTo(2029);
        assertThatThrownBy(() -> review.write(ReviewSection.LESSONS, "Sửa", "tinh.canbo", Instant.now()))
                .isInstanceOf(BusinessException.class).hasMessage("review.approved.readOnly");
        assertThat(new ReviewTarget(review, 1, "100% khu dân cư", null, null).getYearTo()).isEqualTo(2029);
    }

    @Test
    void aReviewCoversYearsInOrderWithinThoseOfTheReportingPeriods() {
        assertThatThrownBy(() -> new TermReview(unit(), 2024, 2019, "x", Instant.now()))
                .hasMessage("review.years.invalid");
        assertThatThrownBy(() -> new TermReview(unit(), 2018, 2019, "x", Instant.now()))
                .hasMessage("review.years.invalid");
    }

    private static ReviewTables.Cell cell(long value) {
        return new ReviewTables.Cell(BigDecimal.valueOf(value), null, null);
    }

    private static vn.thidua.organization.OrgUnit unit() {
        return vn.thidua.organization.OrgUnit.of("22", new vn.thidua.organization.OrgLevel("PROVINCE", 1, "Cấp tỉnh",
                "Province"), "Tỉnh Quảng Ninh", "Tỉnh", null,
                LocalDate.of(2019, 1, 1));
    }
}
