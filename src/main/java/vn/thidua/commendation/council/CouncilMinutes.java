package vn.thidua.commendation.council;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.Locale;
import vn.thidua.platform.i18n.Messages;
import vn.thidua.platform.time.Formats;

/**
 * The vote-count minutes (biên bản kiểm phiếu) of a closed session as a PDF: the committee's header, the session,
 * the result of each item (counts only, over all members of the council) and the minutes text. An official record,
 * so always in Vietnamese. Liberation Serif (openpdf-fonts-extra) is embedded with Identity-H and text is NFC: a
 * single-byte encoding silently drops Vietnamese letters, decomposed marks are drawn apart from their letters.
 */
final class CouncilMinutes {

    private static final Locale VI = Messages.VIETNAMESE;
    private static final BaseFont REGULAR = font("LiberationSerif-Regular.ttf");
    private static final BaseFont BOLD = font("LiberationSerif-Bold.ttf");
    private static final BaseFont ITALIC = font("LiberationSerif-Italic.ttf");

    private CouncilMinutes() {
    }

    static byte[] pdf(CouncilViews.Session session) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 56, 42, 42, 42);
        PdfWriter.getInstance(document, out);
        document.addTitle(nfc(text("council.pdf.title") + " – " + session.title()));
        document.open();
        document.add(header(session));
        document.add(centered(text("council.pdf.title"), new Font(BOLD, 14), 18));
        document.add(centered(session.title(), new Font(BOLD, 12), 4));
        document.add(centered(text("council.pdf.heldOn", Formats.date(session.heldOn())), new Font(ITALIC, 11), 2));
        document.add(paragraph(text("council.pdf.members", session.members()), new Font(REGULAR, 11), 14));
        document.add(results(session));
        if (session.minutes() != null) {
            document.add(paragraph(text("council.pdf.minutes"), new Font(BOLD, 11), 14));
            document.add(paragraph(session.minutes(), new Font(REGULAR, 11), 4));
        }
        document.add(paragraph(text("council.pdf.closedAt", Formats.dateTime(session.closedAt())),
                new Font(ITALIC, 11), 14));
        document.add(signatures());
        document.close();
        return out.toByteArray();
    }

    private static PdfPTable header(CouncilViews.Session session) {
        PdfPTable table = new PdfPTable(2);
        table.setWidthPercentage(100);
        Font bold = new Font(BOLD, 11);
        table.addCell(plain(text("council.pdf.committee") + "\n" + session.unitName().toUpperCase(VI) + "\n"
                + text("council.pdf.council"), bold));
        table.addCell(plain(text("council.pdf.nation") + "\n" + text("council.pdf.motto"), bold));
        return table;
    }

    private static PdfPTable results(CouncilViews.Session session) {
        PdfPTable table = new PdfPTable(new float[] {4, 22, 14, 8, 10, 9, 10, 10, 11});
        table.setWidthPercentage(100);
        table.setSpacingBefore(8);
        table.setHeaderRows(1);
        Font head = new Font(BOLD, 9);
        for (String key : new String[] {"no", "nominee", "awardType", "agree", "disagree", "abstain", "notVoted",
                "share", "result"}) {
            table.addCell(cell(text("council.pdf.column." + key), head));
        }
        Font body = new Font(REGULAR, 9);
        int number = 0;
        for (CouncilViews.AgendaItem item : session.items()) {
            CouncilViews.Result result = item.result();
            table.addCell(cell(String.valueOf(++number), body));
            table.addCell(cell(item.nomineeName(), body));
            table.addCell(cell(item.awardTypeName(), body));
            if (result == null) {
                for (int i = 0; i < 6; i++) {
                    table.addCell(cell("", body));
                }
                continue;
            }
            table.addCell(cell(String.valueOf(result.agree()), body));
            table.addCell(cell(String.valueOf(result.disagree()), body));
            table.addCell(cell(String.valueOf(result.abstain()), body));
            table.addCell(cell(String.valueOf(result.notVoted()), body));
            table.addCell(cell(text("council.pdf.share", share(result)), body));
            table.addCell(cell(text(result.passed() ? "council.result.passed" : "council.result.failed"), body));
        }
        return table;
    }

    private static PdfPTable signatures() {
        PdfPTable table = new PdfPTable(2);
        table.setWidthPercentage(100);
        table.setSpacingBefore(24);
        Font bold = new Font(BOLD, 11);
        table.addCell(plain(text("council.pdf.secretary"), bold));
        table.addCell(plain(text("council.pdf.chair"), bold));
        return table;
    }

    /** Agree votes as a share of all members. */
    private static double share(CouncilViews.Result result) {
        return result.members() == 0 ? 0 : BigDecimal.valueOf(result.agree())
                .divide(BigDecimal.valueOf(result.members()), 4, java.math.RoundingMode.HALF_UP).doubleValue();
    }

    private static PdfPCell cell(String text, Font font) {
        PdfPCell cell = new PdfPCell(new Phrase(nfc(text), font));
        cell.setPadding(4);
        return cell;
    }

    private static PdfPCell plain(String text, Font font) {
        PdfPCell cell = new PdfPCell(new Phrase(nfc(text), font));
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setHorizontalAlignment(Element.ALIGN_CENTER);
        return cell;
    }

    private static Paragraph centered(String text, Font font, float before) {
        Paragraph paragraph = paragraph(text, font, before);
        paragraph.setAlignment(Element.ALIGN_CENTER);
        return paragraph;
    }

    private static Paragraph paragraph(String text, Font font, float before) {
        Paragraph paragraph = new Paragraph(nfc(text), font);
        paragraph.setSpacingBefore(before);
        return paragraph;
    }

    private static String text(String key, Object... arguments) {
        return Messages.format(VI, key, arguments);
    }

    private static String nfc(String text) {
        return text == null ? "" : Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    private static BaseFont font(String file) {
        try (InputStream in = CouncilMinutes.class.getResourceAsStream("/liberation/" + file)) {
            if (in == null) {
                throw new IllegalStateException("font missing from the classpath: " + file);
            }
            return BaseFont.createFont(file, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, in.readAllBytes(), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
