package vn.thidua.commendation.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import vn.thidua.platform.document.Letterhead;

/**
 * The decision and the certificate read back with PDFBox: every Vietnamese letter is there as typed (also when the
 * name came in decomposed, NFD), the fonts are embedded, and the pages have their official shape.
 */
class CommendationDocumentsTest {

    private static final String HANG = "Nguyễn Thị Hằng";
    private static final Letterhead HEAD = new Letterhead("Tỉnh Quảng Ninh", "Tỉnh", "Quảng Ninh",
            LocalDate.of(2026, 2, 5), "125/QĐ-MTTQ", "Phó Chủ tịch", "Trần Văn Minh");

    private static final DecisionSheet.Line PERSON = new DecisionSheet.Line(
            Normalizer.normalize(HANG, Normalizer.Form.NFD), "Trưởng ban công tác Mặt trận, Phường Hà Tu",
            "Đã có thành tích xuất sắc trong thực hiện Chương trình “Tết Vì người nghèo”, giai đoạn 2019–2024.");
    private static final DecisionSheet.Line COLLECTIVE = new DecisionSheet.Line("Ban Công tác Mặt trận khu phố 3",
            "Phường Hà Tu", "Đã có thành tích xuất sắc trong công tác Mặt trận, năm 2025.");

    @Test
    void theDateLineFollowsTheDecreeOnAdministrativeDocuments() {
        assertThat(HEAD.dateLine()).isEqualTo("Quảng Ninh, ngày 05 tháng 02 năm 2026");
        assertThat(new Letterhead("Phường Hà Tu", "Phường", "Hà Tu", LocalDate.of(2026, 11, 20), "1/QĐ-MTTQ",
                "Chủ tịch", "Hà Văn Long").dateLine()).isEqualTo("Hà Tu, ngày 20 tháng 11 năm 2026");
    }

    @Test
    void theDecisionReadsBackWithItsHeaderNumberTitleRecipientsAndSigner() throws IOException {
        byte[] pdf = DecisionDocument.write(new DecisionSheet(HEAD,
                "tặng Bằng khen cho các tập thể, cá nhân có thành tích xuất sắc", "Bằng khen",
                List.of(PERSON, COLLECTIVE)));

        assertThat(text(pdf)).contains(HANG);
        String text = oneLine(pdf);
        assertThat(text).contains("ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM", "TỈNH QUẢNG NINH",
                "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Số: 125/QĐ-MTTQ",
                "Quảng Ninh, ngày 05 tháng 02 năm 2026", "QUYẾT ĐỊNH",
                "Về việc tặng Bằng khen cho các tập thể, cá nhân có thành tích xuất sắc", HANG,
                "Ban Công tác Mặt trận khu phố 3", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Quảng Ninh,",
                "TM. BAN THƯỜNG TRỰC", "PHÓ CHỦ TỊCH", "Trần Văn Minh");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDPage page = document.getPage(0);
            assertThat(page.getMediaBox().getWidth()).isLessThan(page.getMediaBox().getHeight());
            assertThat(fonts(page)).isNotEmpty().allMatch(PDFont::isEmbedded);
        }
    }

    @Test
    void aLongListContinuesOnNextPagesWithEveryRecipient() throws IOException {
        List<DecisionSheet.Line> many = java.util.stream.IntStream.rangeClosed(1, 60)
                .mapToObj(i -> new DecisionSheet.Line("Lê Văn Đức " + i, "Khu phố " + i, "Năm 2025."))
                .toList();
        byte[] pdf = DecisionDocument.write(new DecisionSheet(HEAD, "tặng Giấy khen", "Giấy khen", many));

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isGreaterThan(1);
        }
        assertThat(oneLine(pdf)).contains("Lê Văn Đức 1 ", "Lê Văn Đức 60");
    }

    @Test
    void theCertificateIsOneLandscapePageWithTheNameAndTheDecision() throws IOException {
        byte[] pdf = CertificateDocument.write(new CertificateSheet(HEAD, "Bằng khen", PERSON, 4321));

        assertThat(text(pdf)).contains(HANG);
        String text = oneLine(pdf);
        assertThat(text).contains("BẰNG KHEN", HANG, "Trưởng ban công tác Mặt trận, Phường Hà Tu",
                "Chương trình “Tết Vì người nghèo”, giai đoạn 2019–2024", "Quyết định số 125/QĐ-MTTQ ngày 05/02/2026",
                "Sổ vàng số 4321", "TM. BAN THƯỜNG TRỰC", "Trần Văn Minh");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            PDPage page = document.getPage(0);
            assertThat(page.getMediaBox().getWidth()).isGreaterThan(page.getMediaBox().getHeight());
            assertThat(fonts(page)).isNotEmpty().allMatch(PDFont::isEmbedded);
        }
    }

    @Test
    void theMedalsLongNameStillFitsOnOnePage() throws IOException {
        byte[] pdf = CertificateDocument.write(new CertificateSheet(HEAD,
                "Kỷ niệm chương \"Vì sự nghiệp đại đoàn kết dân tộc\"", PERSON, 7));

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
        }
        assertThat(oneLine(pdf)).contains("VÌ SỰ NGHIỆP ĐẠI ĐOÀN KẾT DÂN TỘC");
    }

    /** The text as PDFBox reads it, in the order it was written. */
    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    /** The text with every run of white space (line breaks inside table cells) as one space. */
    private static String oneLine(byte[] pdf) throws IOException {
        return text(pdf).replaceAll("\\s+", " ");
    }

    private static List<PDFont> fonts(PDPage page) throws IOException {
        List<PDFont> fonts = new java.util.ArrayList<>();
        for (var name : page.getResources().getFontNames()) {
            fonts.add(page.getResources().getFont(name));
        }
        return fonts;
    }
}
