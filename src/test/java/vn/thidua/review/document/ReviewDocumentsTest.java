package vn.thidua.review.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.junit.jupiter.api.Test;
import vn.thidua.commendation.RecipientKind;
import vn.thidua.commendation.registry.AwardStatistics;
import vn.thidua.movement.IndicatorKind;
import vn.thidua.platform.document.Letterhead;
import vn.thidua.result.Discipline;
import vn.thidua.result.ReportStatus;
import vn.thidua.review.AwardTables;
import vn.thidua.review.ReviewSection;
import vn.thidua.review.ReviewState;
import vn.thidua.review.ReviewTables;

/**
 * The review's documents from one outline: the Word document has the PDF's numbered sections, tables and charts;
 * a movement of shares gets a chart in percent; the workbook's tỷ đồng read as a report writes them.
 */
class ReviewDocumentsTest {

    private static final List<Integer> YEARS = List.of(2023, 2024);

    private static ReviewTables.Cell cell(long value) {
        return new ReviewTables.Cell(BigDecimal.valueOf(value), null, null);
    }

    private static ReviewTables.Cell share(long yes, long all) {
        return new ReviewTables.Cell(BigDecimal.valueOf(yes * 100).divide(BigDecimal.valueOf(all), 2,
                java.math.RoundingMode.HALF_UP), yes, all);
    }

    private static final ReviewTables.MovementTable TET = new ReviewTables.MovementTable("TET", "Tết vì người nghèo",
            YEARS, List.of(new ReviewTables.IndicatorRow("GIFTS", "Suất quà Tết", "Gifts", IndicatorKind.COUNT, "suất",
                    BigDecimal.valueOf(354_325), null, null, null, null, List.of(cell(154_325), cell(200_000))),
            new ReviewTables.IndicatorRow("VALUE", "Trị giá", "Worth", IndicatorKind.MONEY, "đồng",
                    BigDecimal.valueOf(220_340_000_000L), null, null, null, null,
                    List.of(cell(106_900_000_000L), cell(113_440_000_000L)))),
            List.of(new ReviewTables.ChildRow("193", "Thành phố Hạ Long", List.of(cell(154_325),
                    cell(106_900_000_000L))), new ReviewTables.ChildRow("194", "Thành phố Cẩm Phả", List.of(
                    cell(200_000), cell(113_440_000_000L)))));

    private static final ReviewTables.MovementTable DAY = new ReviewTables.MovementTable("NGAY_HOI_DDK",
            "Ngày hội Đại đoàn kết toàn dân tộc", YEARS, List.of(
            new ReviewTables.IndicatorRow("HELD", "Khu dân cư tổ chức Ngày hội", "Held", IndicatorKind.YES_NO, null,
                    new BigDecimal("95.00"), 1380L, 1452L, null, null, List.of(share(1307, 1452), share(1380, 1452))),
            new ReviewTables.IndicatorRow("HELD_SHARE", "Tỷ lệ khu dân cư tổ chức Ngày hội", "Share",
                    IndicatorKind.COVERAGE, "%", new BigDecimal("100.00"), 1452L, 1452L, BigDecimal.valueOf(100),
                    BigDecimal.valueOf(100), List.of(share(1307, 1452), share(1452, 1452)))), List.of());

    private static ReviewTables review() {
        AwardTables awards = AwardTables.of(new AwardStatistics(List.of(
                new AwardStatistics.Count("BANG_KHEN", "Bằng khen", "PROVINCE", "Cấp tỉnh", 2024,
                        RecipientKind.COLLECTIVE, 3)), List.of(new AwardStatistics.IssuedDecision("125/QĐ-MTTQ",
                LocalDate.of(2024, 5, 20), "Ủy ban MTTQ tỉnh Quảng Ninh", "Bằng khen", 3))), 2023, 2024);
        Discipline discipline = new Discipline("TET", List.of(new Discipline.PeriodCount("2024", 2024, 14, 1, 1)),
                List.of(new Discipline.Lapse("2024", "06652", "Phường Hà Phong", "Cấp xã", ReportStatus.DRAFT, null),
                        new Discipline.Lapse("2024", "06655", "Phường Hà Khẩu", "Cấp xã", ReportStatus.APPROVED,
                                Instant.parse("2024-11-20T03:00:00Z"))), false);
        Discipline none = new Discipline("NGAY_HOI_DDK", List.of(new Discipline.PeriodCount("2024", 2024, 14, 0, 0)),
                List.of(), false);
        return new ReviewTables(1, 3, "22", "Tỉnh Quảng Ninh", 2023, 2024, ReviewState.APPROVED, "tinh.canbo",
                Instant.now(), "tinh.lanhdao", Instant.now(), List.of(
                new ReviewTables.Section(ReviewSection.LESSONS, "Huy động nguồn lực xã hội hóa.\nPhát huy vai trò.")),
                List.of(TET, DAY), awards, List.of(discipline, none), List.of(new ReviewTables.NextTermTarget(1,
                "100% khu dân cư tổ chức Ngày hội Đại đoàn kết toàn dân tộc", 2024, 2029, "NGAY_HOI_DDK",
                "HELD_SHARE", "Tỷ lệ", BigDecimal.valueOf(100))));
    }

    private static Letterhead head() {
        return new Letterhead("Tỉnh Quảng Ninh", "Tỉnh", "Quảng Ninh", LocalDate.of(2024, 5, 20), "      /BC-MTTQ",
                "Chủ tịch", "");
    }

    @Test
    void theSectionsAreNumberedOneToSixWithCommendationReportingAndTheNextTermTargets() {
        ReviewOutline outline = ReviewOutline.of(review());
        assertThat(outline.sections()).extracting(ReviewOutline.Section::title).containsExactly(
                "I. KẾT QUẢ THỰC HIỆN CÁC CUỘC VẬN ĐỘNG, PHONG TRÀO THI ĐUA", "II. CÔNG TÁC THI ĐUA, KHEN THƯỞNG",
                "III. CÔNG TÁC THÔNG TIN, BÁO CÁO", "IV. TỒN TẠI, HẠN CHẾ VÀ NGUYÊN NHÂN", "V. BÀI HỌC KINH NGHIỆM",
                "VI. PHƯƠNG HƯỚNG, NHIỆM VỤ GIAI ĐOẠN 2024–2029");
        assertThat(tables(outline.sections().get(1))).extracting(t -> t.headers().get(0))
                .containsExactly("Hình thức khen thưởng", "Đối tượng", "Số quyết định");
        assertThat(tables(outline.sections().get(1)).get(0).headers()).containsExactly("Hình thức khen thưởng",
                "2023", "2024", "Cộng");
        assertThat(texts(outline.sections().get(2))).anySatisfy(t -> assertThat(t)
                .contains("Phường Hà Phong (06652, 2024, chưa gửi)", "Phường Hà Khẩu (06655, 2024, gửi muộn)"));
        assertThat(texts(outline.sections().get(5))).contains("Mục tiêu hằng năm giai đoạn 2024–2029:",
                "- 100% khu dân cư tổ chức Ngày hội Đại đoàn kết toàn dân tộc");
        assertThat(texts(outline.sections().get(4))).containsExactly("Huy động nguồn lực xã hội hóa.",
                "Phát huy vai trò.");
    }

    @Test
    void aMovementOfSharesOnlyGetsAChartOfItsCoverageInPercent() {
        List<ReviewChart> charts = ReviewChart.of(DAY);
        assertThat(charts).singleElement().satisfies(chart -> {
            assertThat(chart.title()).isEqualTo("Tỷ lệ khu dân cư tổ chức Ngày hội (%)");
            assertThat(chart.labels()).containsExactly("90,01%", "100%");
            assertThat(chart.scale()).isEqualByComparingTo("100");
            assertThat(chart.fraction(1)).isEqualTo(1f);
        });
        assertThat(ReviewChart.of(TET)).extracting(ReviewChart::title).containsExactly("Suất quà Tết");
    }

    @Test
    void theWordDocumentHasThePdfsSectionsTablesAndChartsAndItsRecipients() throws IOException {
        ReviewOutline outline = ReviewOutline.of(review());
        String pdf;
        try (PDDocument document = Loader.loadPDF(ReviewPdf.write(review(), head()))) {
            pdf = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
        try (XWPFDocument word = new XWPFDocument(new ByteArrayInputStream(ReviewDocx.write(review(), head())))) {
            List<String> headings = word.getParagraphs().stream().filter(p -> "Heading1".equals(p.getStyle()))
                    .map(XWPFParagraph::getText).toList();
            assertThat(headings).isEqualTo(outline.sections().stream().map(ReviewOutline.Section::title).toList());
            headings.forEach(heading -> assertThat(pdf).contains(heading));
            long tables = outline.sections().stream().mapToLong(s -> tables(s).size()).sum();
            assertThat(word.getTables()).as("with the letterhead and the signature").hasSize((int) tables + 2);
            assertThat(word.getCharts()).as("a sum of one movement, a share of the other").hasSize(2);
            assertThat(word.getParagraphs().stream().flatMap(p -> p.getRuns().stream())
                    .filter(r -> !r.text().isEmpty()).map(XWPFRun::getFontFamily)
                    .distinct()).containsExactly("Times New Roman");
            String text = new XWPFWordExtractor(word).getText();
            for (String shared : List.of("Nơi nhận:", "Mục tiêu hằng năm giai đoạn 2024–2029:", "125/QĐ-MTTQ",
                    "Phường Hà Phong (06652, 2024, chưa gửi)", "354.325 suất", "220,34 tỷ đồng", "100% (1.452/1.452)",
                    "Huy động nguồn lực xã hội hóa.")) {
                assertThat(text).contains(shared);
                assertThat(pdf).contains(shared);
            }
        }
    }

    @Test
    void theWorkbookShowsTyDongAsAReportWritesThemAndKeepsThemNumbers() throws IOException {
        DataFormatter formatter = new DataFormatter(Locale.forLanguageTag("vi-VN"));
        List<Cell> cells = new ArrayList<>();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(ReviewWorkbook.write(review())))) {
            for (Sheet sheet : workbook) {
                for (Row row : sheet) {
                    row.forEach(cells::add);
                }
            }
            List<String> shown = cells.stream().map(formatter::formatCellValue).toList();
            assertThat(shown).contains("354.325", "220,34", "106,9", "113,44", "1.452");
            assertThat(cells).filteredOn(c -> formatter.formatCellValue(c).equals("106,9")).allSatisfy(c -> {
                assertThat(c.getCellType()).isEqualTo(CellType.NUMERIC);
                assertThat(c.getNumericCellValue()).isEqualTo(106.9);
            });
        }
    }

    private static List<ReviewOutline.Table> tables(ReviewOutline.Section section) {
        return section.blocks().stream().filter(ReviewOutline.Table.class::isInstance)
                .map(ReviewOutline.Table.class::cast).toList();
    }

    private static List<String> texts(ReviewOutline.Section section) {
        return section.blocks().stream().filter(ReviewOutline.Text.class::isInstance)
                .map(b -> ((ReviewOutline.Text) b).text()).toList();
    }
}
