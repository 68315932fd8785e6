package vn.thidua.commendation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.thidua.platform.i18n.Messages;
import vn.thidua.result.excel.SheetCells;
import vn.thidua.result.excel.TestSheets;

/**
 * The list of nominees imported into a batch, as far as it can be judged without the database: which columns
 * (by their names, in either language, in any order), and for each row whether what it says can be read; every
 * problem names its row, and a file with any problem gives no rows to save.
 */
class NomineeSheetTest {

    private static final List<String> HEADER_VI = List.of("Họ tên", "Loại đối tượng", "Hình thức khen thưởng",
            "Năm thành tích", "Tóm tắt thành tích", "Năm sinh", "Giới tính", "Chức vụ", "Mã đơn vị", "Mã phong trào",
            "Mã đối tượng", "Đã mất");

    @Test
    void aGoodListInTheTemplatesLayoutGivesEveryRow() throws IOException {
        byte[] file = TestSheets.xlsx(List.<List<?>>of(List.of("Danh sách đề nghị khen thưởng"), HEADER_VI,
                List.of("Nguyễn Văn An", "Cá nhân", "Bằng khen", "2021-2025", "Nhiều đóng góp", 1968, "Nam",
                        "Trưởng ban", "06652.01", "", "", "Có"),
                List.of(),
                List.of("Khu phố 3", "tap the", "GIAY_KHEN", 2025, "Khu dân cư kiểu mẫu", "", "", "", "", "", "", ""),
                List.of("Trần Thị Bình", "INDIVIDUAL", "BANG_KHEN", "2024–2025", "Tích cực", "", "nữ", "", "", "",
                        4711, "Không")));

        NomineeSheet.Result result = NomineeSheet.read(file);

        assertThat(result.problems()).isEmpty();
        assertThat(result.rows()).isEqualTo(3);
        assertThat(result.valid()).extracting(NomineeSheet.Row::number).containsExactly(3, 5, 6);
        NomineeSheet.Row first = result.valid().get(0);
        assertThat(first.name()).isEqualTo("Nguyễn Văn An");
        assertThat(first.kind()).isEqualTo(RecipientKind.INDIVIDUAL);
        assertThat(first.birthYear()).isEqualTo(1968);
        assertThat(first.gender()).isEqualTo(Gender.MALE);
        assertThat(first.unitCode()).isEqualTo("06652.01");
        assertThat(first.yearFrom()).isEqualTo(2021);
        assertThat(first.yearTo()).isEqualTo(2025);
        assertThat(first.deceased()).isTrue();
        NomineeSheet.Row collective = result.valid().get(1);
        assertThat(collective.kind()).isEqualTo(RecipientKind.COLLECTIVE);
        assertThat(collective.yearFrom()).isEqualTo(2025);
        assertThat(collective.yearTo()).isEqualTo(2025);
        assertThat(collective.birthYear()).isNull();
        assertThat(collective.unitCode()).isNull();
        NomineeSheet.Row third = result.valid().get(2);
        assertThat(third.gender()).isEqualTo(Gender.FEMALE);
        assertThat(third.nomineeId()).isEqualTo(4711L);
        assertThat(third.yearFrom()).isEqualTo(2024);
        assertThat(third.deceased()).isFalse();
    }

    @Test
    void englishColumnNamesInAnyOrderAreRecognised() {
        NomineeSheet.Result result = NomineeSheet.read(cells(
                List.of("Achievement summary", "Years", "Award type", "Kind", "Name"),
                List.of("Good work", "2025", "Certificate of merit", "Household", "Hộ ông Lê Văn Cường")));

        assertThat(result.problems()).isEmpty();
        assertThat(result.valid()).singleElement().satisfies(row -> {
            assertThat(row.kind()).isEqualTo(RecipientKind.HOUSEHOLD);
            assertThat(row.awardType()).isEqualTo("Certificate of merit");
            assertThat(row.summary()).isEqualTo("Good work");
        });
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "no name            | ''           | Cá nhân    | 1970 | Nam   | 2025      | Tóm tắt | Dòng 2: thiếu họ tên.",
            "unknown kind       | Lê Văn Dũng  | Đoàn thể   | 1970 | Nam   | 2025      | Tóm tắt | Dòng 2: Không có loại đối tượng Đoàn thể",
            "no kind            | Lê Văn Dũng  | ''         | 1970 | Nam   | 2025      | Tóm tắt | Dòng 2: thiếu loại đối tượng.",
            "birth year in text | Lê Văn Dũng  | Cá nhân    | năm  | Nam   | 2025      | Tóm tắt | Dòng 2: năm sinh \"năm\" không phải là số.",
            "unknown gender     | Lê Văn Dũng  | Cá nhân    | 1970 | Khác  | 2025      | Tóm tắt | Dòng 2: Giới tính Khác không hợp lệ",
            "bad years          | Lê Văn Dũng  | Cá nhân    | 1970 | Nam   | 2021/2025 | Tóm tắt | Dòng 2: năm thành tích \"2021/2025\" không hợp lệ",
            "no summary         | Lê Văn Dũng  | Cá nhân    | 1970 | Nam   | 2025      | ''      | Dòng 2: thiếu tóm tắt thành tích.",
            "deceased unclear   | Lê Văn Dũng  | Cá nhân    | 1970 | Nam   | 2025      | Tóm tắt | Dòng 2: cột \"Đã mất\" ghi \"chưa rõ\"",
    })
    void aBadRowIsNamedWithWhatIsWrong(String label, String name, String kind, String birthYear, String gender,
                                       String years, String summary, String message) {
        NomineeSheet.Result result = NomineeSheet.read(cells(
                List.of("Họ tên", "Loại đối tượng", "Năm sinh", "Giới tính", "Hình thức khen thưởng",
                        "Năm thành tích", "Tóm tắt thành tích", "Đã mất"),
                List.of(name, kind, birthYear, gender, "Bằng khen", years, summary,
                        label.startsWith("deceased") ? "chưa rõ" : ""),
                List.of("Phạm Văn Em", "Cá nhân", "1971", "Nam", "Bằng khen", "2025", "Đúng", "Không")));

        assertThat(result.ok()).isFalse();
        assertThat(messages(result)).singleElement().asString().startsWith(message);
    }

    @ParameterizedTest(name = "\"{0}\": deceased {1}")
    @CsvSource(delimiter = '|', value = {
            "''       | false",
            "Không    | false",
            "khong    | false",
            "No       | false",
            "0        | false",
            "Có       | true",
            "co       | true",
            "Yes      | true",
            "x        | true",
            "1        | true",
            "Đã mất   | true",
    })
    void theDeceasedColumnSaysYesOrNoAndIsOptional(String cell, boolean deceased) {
        NomineeSheet.Result result = NomineeSheet.read(cells(
                List.of("Họ tên", "Loại đối tượng", "Hình thức khen thưởng", "Năm thành tích", "Tóm tắt thành tích",
                        "Đã mất"),
                List.of("Vũ Văn Hòa", "Cá nhân", "Bằng khen", "2025", "Nhiều năm cống hiến", cell)));

        assertThat(result.problems()).isEmpty();
        assertThat(result.valid()).singleElement().extracting(NomineeSheet.Row::deceased).isEqualTo(deceased);
    }

    @Test
    void aTickedDeceasedBoxCountsAsYes() {
        assertThat(NomineeSheet.deceased(Boolean.TRUE)).isTrue();
        assertThat(NomineeSheet.deceased(Boolean.FALSE)).isFalse();
        assertThat(NomineeSheet.deceased(null)).isFalse();
    }

    @Test
    void aRowRepeatedIsNamedWithTheRowItRepeats() {
        NomineeSheet.Result result = NomineeSheet.read(cells(
                List.of("Họ tên", "Loại đối tượng", "Hình thức khen thưởng", "Năm thành tích", "Tóm tắt thành tích"),
                List.of("Nguyễn Văn Phúc", "Cá nhân", "Bằng khen", "2025", "A"),
                List.of("Đỗ Thị Giang", "Cá nhân", "Bằng khen", "2025", "B"),
                List.of("NGUYEN VAN PHUC", "ca nhan", "bang khen", "2025", "C")));

        assertThat(messages(result)).containsExactly("Dòng 4: trùng với dòng 2.");
    }

    @Test
    void aMissingRequiredColumnIsNamedAtTheHeaderRow() {
        NomineeSheet.Result result = NomineeSheet.read(cells(
                List.of("Họ tên", "Loại đối tượng", "Năm thành tích"),
                List.of("Nguyễn Văn Phúc", "Cá nhân", "2025")));

        assertThat(messages(result)).containsExactly("Dòng 1: thiếu cột \"Hình thức khen thưởng\".",
                "Dòng 1: thiếu cột \"Tóm tắt thành tích\".");
        assertThat(result.valid()).isEmpty();
    }

    @Test
    void aSheetWithoutAHeaderRowOrNotAWorkbookIsRefusedAsAWhole() {
        assertThat(messages(NomineeSheet.read(cells(List.of("Tên", "Loại"), List.of("A", "B")))))
                .singleElement().asString().contains("không tìm thấy dòng tiêu đề");
        assertThat(messages(NomineeSheet.read("Họ tên,Loại\n".getBytes())))
                .singleElement().asString().contains("không đọc được tệp");
        assertThat(messages(NomineeSheet.read(new byte[0]))).hasSize(1);
    }

    @Test
    void theTemplateReadsBackAsAListWithNoRows() {
        NomineeSheet.Result vietnamese = NomineeSheet.read(NomineeSheet.template(Messages.VIETNAMESE));
        NomineeSheet.Result english = NomineeSheet.read(NomineeSheet.template(Locale.ENGLISH));

        assertThat(messages(vietnamese)).singleElement().asString().endsWith("danh sách không có dòng nào.");
        assertThat(messages(english)).singleElement().asString().endsWith("danh sách không có dòng nào.");
    }

    @Test
    void theTemplateHasTheOptionalDeceasedColumnLast() throws IOException {
        assertThat(header(NomineeSheet.template(Messages.VIETNAMESE))).endsWith("Mã đối tượng", "Đã mất");
        assertThat(header(NomineeSheet.template(Locale.ENGLISH))).endsWith("Nominee id", "Deceased");
    }

    /** The template's header row: the row that starts with the name column. */
    private static List<Object> header(byte[] template) throws IOException {
        return SheetCells.read(template).values().stream().filter(row -> !row.isEmpty())
                .map(row -> List.copyOf(row.values())).filter(row -> row.size() > 1).findFirst().orElseThrow();
    }

    private static List<String> messages(NomineeSheet.Result result) {
        return result.problems().stream().map(p -> p.message(Messages.VIETNAMESE)).toList();
    }

    /** Cells as SheetCells reads them: row numbers from 1, numbers as BigDecimal, blanks absent. */
    @SafeVarargs
    private static SortedMap<Integer, SortedMap<Integer, Object>> cells(List<String>... rows) {
        SortedMap<Integer, SortedMap<Integer, Object>> cells = new TreeMap<>();
        for (int r = 0; r < rows.length; r++) {
            SortedMap<Integer, Object> row = new TreeMap<>();
            for (int c = 0; c < rows[r].size(); c++) {
                String value = rows[r].get(c);
                if (!value.isEmpty()) {
                    row.put(c, value.matches("\\d+") ? new BigDecimal(value) : value);
                }
            }
            cells.put(r + 1, row);
        }
        return cells;
    }
}
