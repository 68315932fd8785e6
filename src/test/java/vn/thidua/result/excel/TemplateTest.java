package vn.thidua.result.excel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.thidua.movement.IndicatorKind;
import vn.thidua.organization.ImportProblem;
import vn.thidua.platform.i18n.Messages;
import vn.thidua.result.IndicatorInfo;
import vn.thidua.result.ReportSheet;
import vn.thidua.result.ReportStatus;
import vn.thidua.result.ValueInput;

/** The Excel template: what it is written with, and what is read back from it once filled in. */
class TemplateTest {

    private static final Map<String, IndicatorKind> KINDS = Map.of("GIFTS", IndicatorKind.COUNT,
            "GIFT_VALUE", IndicatorKind.MONEY, "BUDGET_FREE", IndicatorKind.YES_NO);
    /** Excel's row number of the first commune: title, hint, hidden codes, header, hidden column codes. */
    private static final int FIRST = 6;

    private static ReportSheet.Column column(long id, String code, IndicatorKind kind, String unit) {
        return new ReportSheet.Column(new IndicatorInfo(id, code, "Tên " + code, "Name " + code, kind, unit, 3, id),
                "COMMUNE");
    }

    private static ReportSheet sheet() {
        return new ReportSheet("TET_VI_NGUOI_NGHEO", "Chương trình “Tết Vì người nghèo”", "22", "Tỉnh Quảng Ninh",
                "2026", List.of(column(1, "GIFTS", IndicatorKind.COUNT, "suất"),
                column(2, "GIFT_VALUE", IndicatorKind.MONEY, "đồng"), column(3, "BUDGET_FREE", IndicatorKind.YES_NO,
                        null)), List.of(
                new ReportSheet.Line("22001", "Phường Hạ Long", "COMMUNE", ReportStatus.DRAFT, Map.of(
                        "GIFTS", ValueInput.amount(120), "GIFT_VALUE", ValueInput.amount(36_000_000),
                        "BUDGET_FREE", ValueInput.flag(true))),
                new ReportSheet.Line("22002", "Xã Cái Chiên", "COMMUNE", null, Map.of()),
                new ReportSheet.Line("22003", "Đặc khu Cô Tô", "COMMUNE", ReportStatus.APPROVED, Map.of(
                        "GIFTS", ValueInput.amount(7), "BUDGET_FREE", ValueInput.flag(false)))));
    }

    private static XSSFWorkbook open(byte[] bytes) throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(bytes));
    }

    private static byte[] bytes(XSSFWorkbook workbook) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        workbook.write(out);
        workbook.close();
        return out.toByteArray();
    }

    @Test
    void aTemplateReadsBackAsItWasWritten() {
        TemplateReader.Result read = TemplateReader.read(TemplateWriter.write(sheet(), Messages.VIETNAMESE), KINDS);

        assertThat(read.problems()).isEmpty();
        assertThat(read.isFor("TET_VI_NGUOI_NGHEO", "22", "2026")).isTrue();
        assertThat(read.isFor("TET_VI_NGUOI_NGHEO", "22", "2025")).isFalse();
        assertThat(read.rows()).extracting(TemplateReader.Row::number).containsExactly(FIRST, FIRST + 1, FIRST + 2);
        assertThat(read.rows()).extracting(TemplateReader.Row::unitCode).containsExactly("22001", "22002", "22003");
        assertThat(read.rows().get(0).values()).containsExactlyInAnyOrderEntriesOf(Map.of(
                "GIFTS", ValueInput.amount(120), "GIFT_VALUE", ValueInput.amount(36_000_000),
                "BUDGET_FREE", ValueInput.flag(true)));
        assertThat(read.rows().get(1).values().values()).containsOnly(ValueInput.EMPTY);
        assertThat(read.rows().get(2).values()).containsEntry("BUDGET_FREE", ValueInput.flag(false));
    }

    @Test
    void amountsAreNumbersWithThousandsFormatAndCodesAreHidden() throws IOException {
        try (XSSFWorkbook workbook = open(TemplateWriter.write(sheet(), Messages.VIETNAMESE))) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            Row first = sheet.getRow(FIRST - 1);
            assertThat(first.getCell(0).getStringCellValue()).isEqualTo("22001");
            assertThat(first.getCell(3).getNumericCellValue()).isEqualTo(120);
            assertThat(first.getCell(4).getNumericCellValue()).isEqualTo(36_000_000);
            assertThat(first.getCell(4).getCellStyle().getDataFormatString()).isEqualTo("#,##0");
            assertThat(first.getCell(5).getStringCellValue()).isEqualTo("Có");
            assertThat(sheet.getRow(2).getZeroHeight()).as("the file's movement, unit and period").isTrue();
            assertThat(sheet.getRow(4).getZeroHeight()).as("the columns' codes").isTrue();
            assertThat(sheet.getRow(3).getCell(3).getStringCellValue()).isEqualTo("Tên GIFTS (suất)");
            assertThat(sheet.getRow(3).getCell(5).getStringCellValue()).isEqualTo("Tên BUDGET_FREE (Có/Không)");
            assertThat(sheet.getRow(FIRST).getCell(2).getStringCellValue()).isEqualTo("Chưa báo cáo");
            assertThat(sheet.getDataValidations()).extracting(DataValidation::getValidationConstraint)
                    .anySatisfy(c -> assertThat(c.getExplicitListValues()).containsExactly("Có", "Không"));
        }
    }

    @Test
    void theEnglishTemplateOffersYesAndNo() throws IOException {
        try (XSSFWorkbook workbook = open(TemplateWriter.write(sheet(), Messages.ENGLISH))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(3).getCell(3).getStringCellValue()).isEqualTo("Name GIFTS (suất)");
            assertThat(sheet.getRow(FIRST - 1).getCell(5).getStringCellValue()).isEqualTo("Yes");
        }
    }

    @Test
    void whatTheUserTypesIsReadByKind() throws IOException {
        XSSFWorkbook workbook = open(TemplateWriter.write(sheet(), Messages.VIETNAMESE));
        Sheet sheet = workbook.getSheetAt(0);
        Row second = sheet.getRow(FIRST);
        second.createCell(3).setCellValue("1.234");
        second.createCell(4).setCellValue(-5);
        second.createCell(5).setCellValue("không");
        Row first = sheet.getRow(FIRST - 1);
        first.getCell(3).setCellValue("nhiều");
        first.getCell(4).setCellValue(12.5);
        first.getCell(5).setCellValue("có lẽ");

        TemplateReader.Result read = TemplateReader.read(bytes(workbook), KINDS);

        assertThat(read.problems()).isEmpty();
        assertThat(read.rows().get(0).values()).containsExactlyInAnyOrderEntriesOf(Map.of(
                "GIFTS", new ValueInput(null, null, "nhiều"), "GIFT_VALUE", new ValueInput(null, null, "12.5"),
                "BUDGET_FREE", new ValueInput(null, null, "có lẽ")));
        assertThat(read.rows().get(1).values()).containsExactlyInAnyOrderEntriesOf(Map.of(
                "GIFTS", ValueInput.amount(1234), "GIFT_VALUE", ValueInput.amount(-5),
                "BUDGET_FREE", ValueInput.flag(false)));
    }

    @Test
    void rowsWithoutAnythingAreSkippedAndRowsTheUserAddedAreRead() throws IOException {
        XSSFWorkbook workbook = open(TemplateWriter.write(sheet(), Messages.VIETNAMESE));
        Row added = workbook.getSheetAt(0).createRow(FIRST + 5);
        added.createCell(0).setCellValue(99999);
        added.createCell(3).setCellValue(3);

        TemplateReader.Result read = TemplateReader.read(bytes(workbook), KINDS);

        assertThat(read.rows()).extracting(TemplateReader.Row::number).containsExactly(FIRST, FIRST + 1, FIRST + 2,
                FIRST + 6);
        assertThat(read.rows().get(3).unitCode()).isEqualTo("99999");
    }

    @Test
    void aColumnOfAnIndicatorNotTypedHereIsAProblem() {
        TemplateReader.Result read = TemplateReader.read(TemplateWriter.write(sheet(), Messages.VIETNAMESE),
                Map.of("GIFTS", IndicatorKind.COUNT, "GIFT_VALUE", IndicatorKind.MONEY));

        assertThat(read.problems()).extracting(p -> p.message(Messages.VIETNAMESE))
                .containsExactly("Dòng 5: cột BUDGET_FREE không phải chỉ tiêu được nhập ở cấp này.");
    }

    @Test
    void aFileThatIsNotATemplateIsRefusedAsAWhole() throws IOException {
        TemplateReader.Result csv = TemplateReader.read("code,name\n".getBytes(StandardCharsets.UTF_8), KINDS);
        assertThat(csv.problems()).extracting(ImportProblem::messageKey).containsExactly("excel.import.unreadable");

        XSSFWorkbook other = new XSSFWorkbook();
        other.createSheet("Sheet1").createRow(0).createCell(0).setCellValue("Mã");
        TemplateReader.Result plain = TemplateReader.read(bytes(other), KINDS);
        assertThat(plain.problems()).extracting(ImportProblem::messageKey).containsExactly("excel.import.notTemplate");
        assertThat(plain.rows()).isEmpty();

        TemplateReader.Result large = TemplateReader.read(new byte[TemplateReader.MAX_BYTES + 1], KINDS);
        assertThat(large.problems()).extracting(p -> p.message(Messages.VIETNAMESE))
                .containsExactly("Dòng 1: tệp lớn quá 5 MB.");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "COUNT  | 354325     | 354325 |      |",
            "COUNT  | 354.325    | 354325 |      |",
            "COUNT  | 354,325    | 354325 |      |",
            "COUNT  | 354 325    | 354325 |      |",
            "COUNT  | -3         | -3     |      |",
            "COUNT  | 1,5        |        |      | 1,5",
            "COUNT  | ba         |        |      | ba",
            "MONEY  | 220.340.000.000 | 220340000000 | |",
            "YES_NO | Có         |        | true |",
            "YES_NO | KHÔNG      |        | false |",
            "YES_NO | co         |        | true |",
            "YES_NO | Yes        |        | true |",
            "YES_NO | no         |        | false |",
            "YES_NO | x          |        |      | x",
            "TEXT   | ghi chú    |        |      | ghi chú"})
    void typedTextIsReadByTheIndicatorKind(IndicatorKind kind, String typed, Long amount, Boolean flag, String text) {
        assertThat(TemplateReader.input(kind, typed)).isEqualTo(new ValueInput(amount, flag, text));
    }

    @Test
    void numbersAndBooleansOfCellsAreReadAsThemselves() {
        assertThat(TemplateReader.input(IndicatorKind.COUNT, new BigDecimal("12.0"))).isEqualTo(ValueInput.amount(12));
        assertThat(TemplateReader.input(IndicatorKind.COUNT, new BigDecimal("12.5")))
                .isEqualTo(new ValueInput(null, null, "12.5"));
        assertThat(TemplateReader.input(IndicatorKind.YES_NO, Boolean.TRUE)).isEqualTo(ValueInput.flag(true));
        assertThat(TemplateReader.input(IndicatorKind.YES_NO, "  ")).isEqualTo(ValueInput.EMPTY);
        assertThat(TemplateReader.input(IndicatorKind.COUNT, null)).isEqualTo(ValueInput.EMPTY);
    }
}
