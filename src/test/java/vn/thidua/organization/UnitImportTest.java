package vn.thidua.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.thidua.platform.i18n.Messages;

/** Reading and checking unit lists, without a database. */
class UnitImportTest {

    private static final String HEADER = "code,name,type,level,parent_code,valid_from\n";
    private static final UnitImport IMPORT = new UnitImport(UnitImport.LEVELS);

    private static UnitImport.Result csv(String text) {
        return IMPORT.read(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aGoodCsvGivesItsRowsInFileOrder() {
        UnitImport.Result result = csv(HEADER
                + "066521,Thôn Đồng Mỏ,Thôn,RESIDENTIAL_AREA,06652,2026-01-01\r\n"
                + "066522,Khu phố 3,Khu phố,residential_area,06652,01/01/2026\n");
        assertThat(result.problems()).isEmpty();
        assertThat(result.rows()).isEqualTo(2);
        assertThat(result.valid()).extracting(ImportRow::rowNumber, ImportRow::code, ImportRow::level,
                ImportRow::parentCode, ImportRow::validFrom).containsExactly(
                tuple(2, "066521", "RESIDENTIAL_AREA", "06652", LocalDate.of(2026, 1, 1)),
                tuple(3, "066522", "RESIDENTIAL_AREA", "06652", LocalDate.of(2026, 1, 1)));
    }

    @Test
    void quotedFieldsKeepCommasQuotesAndLineBreaksAndABomIsDropped() {
        UnitImport.Result result = csv("\uFEFF" + HEADER
                + "\"06652-1\",\"Tổ 1, khu \"\"Hà Tu\"\"\",Tổ dân phố,RESIDENTIAL_AREA,\"06652\",2026-01-01\n\n");
        assertThat(result.problems()).isEmpty();
        assertThat(result.valid()).singleElement().satisfies(row -> {
            assertThat(row.code()).isEqualTo("06652-1");
            assertThat(row.name()).isEqualTo("Tổ 1, khu \"Hà Tu\"");
        });
    }

    @Test
    void vietnameseHeadersInAnotherOrderAreAccepted() {
        UnitImport.Result result = csv("Tên,Mã,Loại,Cấp,Mã cấp trên,Từ ngày\nThôn 9,T9,Thôn,RESIDENTIAL_AREA,06652,2026-01-01\n");
        assertThat(result.problems()).isEmpty();
        assertThat(result.valid()).extracting(ImportRow::code, ImportRow::name).containsExactly(tuple("T9", "Thôn 9"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "no code           | ,Thôn A,Thôn,RESIDENTIAL_AREA,06652,2026-01-01              | org.import.codeRequired",
            "long code         | 012345678901234567890,Thôn A,Thôn,RESIDENTIAL_AREA,06652,2026-01-01 | org.import.codeTooLong",
            "no name           | X1,,Thôn,RESIDENTIAL_AREA,06652,2026-01-01                  | org.import.nameRequired",
            "no type           | X1,Thôn A,,RESIDENTIAL_AREA,06652,2026-01-01                | org.import.typeRequired",
            "no level          | X1,Thôn A,Thôn,,06652,2026-01-01                            | org.import.levelRequired",
            "unknown level     | X1,Thôn A,Thôn,HAMLET,06652,2026-01-01                      | org.import.levelUnknown",
            "no parent         | X1,Thôn A,Thôn,RESIDENTIAL_AREA,,2026-01-01                 | org.import.parentRequired",
            "no date           | X1,Thôn A,Thôn,RESIDENTIAL_AREA,06652,                      | org.import.dateRequired",
            "bad date          | X1,Thôn A,Thôn,RESIDENTIAL_AREA,06652,2026-02-30            | org.import.dateInvalid",
            "bad text date     | X1,Thôn A,Thôn,RESIDENTIAL_AREA,06652,31/02/2026            | org.import.dateInvalid",
            "duplicate code    | T1,Thôn B,Thôn,RESIDENTIAL_AREA,06652,2026-01-01            | org.import.duplicateCode",
    })
    void eachBadRowIsReportedWithItsRowNumber(String what, String row, String key) {
        UnitImport.Result result = csv(HEADER + "T1,Thôn 1,Thôn,RESIDENTIAL_AREA,06652,2026-01-01\n" + row + "\n"
                + "T2,Thôn 2,Thôn,RESIDENTIAL_AREA,06652,2026-01-01\n");
        assertThat(result.problems()).extracting(ImportProblem::row, ImportProblem::messageKey)
                .containsExactly(tuple(3, key));
        assertThat(result.valid()).extracting(ImportRow::code).containsExactly("T1", "T2");
    }

    @Test
    void aLongNameAndAProvinceWithoutParent() {
        UnitImport.Result result = csv(HEADER + "T1," + "a".repeat(201) + ",Thôn,RESIDENTIAL_AREA,06652,2026-01-01\n"
                + "99,Tỉnh Mới,Tỉnh,PROVINCE,,2026-01-01\n");
        assertThat(result.problems()).extracting(ImportProblem::row, ImportProblem::messageKey)
                .containsExactly(tuple(2, "org.import.nameTooLong"));
    }

    @Test
    void aMissingColumnOrAnEmptyFileIsReportedOnTheHeader() {
        assertThat(csv("code,name,type,level,valid_from\nT1,A,B,COMMUNE,2026-01-01\n").problems())
                .extracting(ImportProblem::row, ImportProblem::messageKey, ImportProblem::arguments)
                .containsExactly(tuple(1, "org.import.columnMissing", java.util.List.of("parent_code")));
        assertThat(csv(HEADER).problems()).extracting(ImportProblem::messageKey).containsExactly("org.import.empty");
        assertThat(IMPORT.read(new byte[0]).problems()).extracting(ImportProblem::messageKey)
                .containsExactly("org.import.empty");
    }

    @Test
    void problemsReadInBothLanguages() {
        ImportProblem missingName = csv(HEADER + "T1,,Thôn,RESIDENTIAL_AREA,06652,2026-01-01\n").problems().get(0);
        assertThat(missingName.message(Messages.VIETNAMESE)).isEqualTo("Dòng 2: thiếu tên đơn vị.");
        assertThat(missingName.message(Locale.ENGLISH)).isEqualTo("Row 2: the unit name is missing.");
        ImportProblem refused = ImportProblem.of(1234, "org.code.taken", "06652", LocalDate.of(2026, 1, 1));
        assertThat(refused.message(Messages.VIETNAMESE))
                .isEqualTo("Dòng 1234: Mã 06652 đang được một đơn vị khác dùng vào ngày 01/01/2026.");
    }

    @Test
    void anXlsxKeepsLeadingZerosOfTextCodesAndReadsDateCells() throws IOException {
        byte[] xlsx;
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Đơn vị");
            String[] header = HEADER.trim().split(",");
            Row first = sheet.createRow(0);
            for (int i = 0; i < header.length; i++) {
                first.createCell(i).setCellValue(header[i]);
            }
            CellStyle dateStyle = workbook.createCellStyle();
            dateStyle.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
            Row area = sheet.createRow(1);
            area.createCell(0).setCellValue("066521");
            area.createCell(1).setCellValue("Thôn Đồng Mỏ");
            area.createCell(2).setCellValue("Thôn");
            area.createCell(3).setCellValue("RESIDENTIAL_AREA");
            area.createCell(4).setCellValue("06652");
            area.createCell(5).setCellValue(LocalDate.of(2026, 1, 1));
            area.getCell(5).setCellStyle(dateStyle);
            Row numeric = sheet.createRow(3); // row 3 left empty: numbers stay as the user sees them
            numeric.createCell(0).setCellValue(77001);
            numeric.createCell(1).setCellValue("Khu 2");
            numeric.createCell(2).setCellValue("Khu phố");
            numeric.createCell(3).setCellValue("RESIDENTIAL_AREA");
            numeric.createCell(4).setCellValue("06652");
            numeric.createCell(5).setCellValue("15/1/2026");
            workbook.write(out);
            xlsx = out.toByteArray();
        }
        UnitImport.Result result = IMPORT.read(xlsx);
        assertThat(result.problems()).isEmpty();
        assertThat(result.valid()).extracting(ImportRow::rowNumber, ImportRow::code, ImportRow::parentCode,
                ImportRow::validFrom).containsExactly(
                tuple(2, "066521", "06652", LocalDate.of(2026, 1, 1)),
                tuple(4, "77001", "06652", LocalDate.of(2026, 1, 15)));
    }

    @Test
    void aDamagedSpreadsheetIsReportedNotThrown() {
        byte[] broken = {'P', 'K', 3, 4, 0, 0, 0};
        assertThat(IMPORT.read(broken).problems()).extracting(ImportProblem::messageKey)
                .containsExactly("org.import.unreadable");
    }
}
