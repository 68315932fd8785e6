package vn.thidua.commendation.council;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import vn.thidua.commendation.NominationState;

/** The vote-count minutes read back from the PDF: Vietnamese letters intact, counts only, shares of all members. */
class CouncilMinutesTest {

    @Test
    void theMinutesShowEachResultInVietnameseWithItsShareOfAllMembers() throws IOException {
        CouncilViews.Result passed = new CouncilViews.Result(3, 1, 0, 5, new BigDecimal("0.500"), true);
        CouncilViews.Result failed = new CouncilViews.Result(2, 1, 1, 5, new BigDecimal("0.500"), false);
        // The nominee's name decomposed (NFD), as some keyboards type it: the PDF must still show it whole.
        String decomposed = Normalizer.normalize("Nguyễn Thị Hồng", Normalizer.Form.NFD);
        CouncilViews.Session session = new CouncilViews.Session(7, 1, "22", "Tỉnh Quảng Ninh",
                "Phiên họp xét khen thưởng tổng kết năm 2025", LocalDate.of(2026, 11, 20), SessionStatus.CLOSED,
                "Hội đồng họp đủ 5/5 thành viên; ông Đặng Văn Sơn gửi phiếu bằng văn bản.", "tinh.canbo",
                Instant.parse("2026-11-20T09:30:00Z"), 5, List.of(), false, false, false, List.of(
                item(decomposed, passed), item("Trần Văn Đức", failed)));

        String text = text(CouncilMinutes.pdf(session));

        assertThat(text).contains("BIÊN BẢN KIỂM PHIẾU", "HỘI ĐỒNG THI ĐUA – KHEN THƯỞNG", "TỈNH QUẢNG NINH",
                "Phiên họp xét khen thưởng tổng kết năm 2025", "Ngày họp: 20/11/2026",
                "Tổng số thành viên Hội đồng: 5", "Nguyễn Thị Hồng", "Trần Văn Đức", "Bằng khen", "Đạt",
                "Không đạt", "60%", "40%", "ông Đặng Văn Sơn gửi phiếu bằng văn bản",
                "Phiên họp kết thúc lúc 20/11/2026 16:30", "THƯ KÝ HỘI ĐỒNG");
    }

    private static CouncilViews.AgendaItem item(String name, CouncilViews.Result result) {
        return new CouncilViews.AgendaItem(1, name, "BANG_KHEN", "Bằng khen", NominationState.COUNCIL_VOTE,
                result.agree() + result.disagree() + result.abstain(), List.of(), List.of(), false, result);
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return Normalizer.normalize(new PDFTextStripper().getText(document), Normalizer.Form.NFC);
        }
    }
}
