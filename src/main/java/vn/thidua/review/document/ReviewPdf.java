package vn.thidua.review.document;

import static vn.thidua.platform.document.PdfText.body;
import static vn.thidua.platform.document.PdfText.bold;
import static vn.thidua.platform.document.PdfText.centered;
import static vn.thidua.platform.document.PdfText.italic;
import static vn.thidua.platform.document.PdfText.paragraph;
import static vn.thidua.platform.document.PdfText.regular;
import static vn.thidua.platform.document.PdfText.spaced;
import static vn.thidua.review.document.ReviewText.text;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import vn.thidua.platform.document.Letterhead;
import vn.thidua.platform.document.PdfText;
import vn.thidua.review.ReviewTables;

/**
 * A term review as an A4 PDF laid out as a committee's report (Decree 30/2020/NĐ-CP): the letterhead, "BÁO CÁO"
 * and its subject, the numbered sections of the {@link ReviewOutline}, the recipients and the signature block.
 */
public final class ReviewPdf {

    private static final float MM = 72f / 25.4f;
    private static final float BODY = 13;
    private static final float TABLE = 9.5f;

    private ReviewPdf() {
    }

    public static byte[] write(ReviewTables review, Letterhead head) {
        ReviewOutline outline = ReviewOutline.of(review);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 25 * MM, 15 * MM, 20 * MM, 20 * MM);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        document.addTitle(PdfText.nfc(outline.title() + " " + outline.subject()));
        document.open();
        document.add(PdfText.letterhead(head));
        document.add(spaced(centered(outline.title(), bold(14)), 18));
        document.add(centered(outline.subject(), bold(BODY)));
        for (ReviewOutline.Section section : outline.sections()) {
            document.add(spaced(paragraph(section.title(), bold(BODY), Element.ALIGN_LEFT), 12));
            for (ReviewOutline.Block block : section.blocks()) {
                if (block instanceof ReviewOutline.Text text) {
                    document.add(styled(text));
                } else if (block instanceof ReviewOutline.Table table) {
                    document.add(table(table));
                } else if (block instanceof ReviewChart chart) {
                    document.add(PdfChart.image(chart, writer));
                }
            }
        }
        document.add(signature(outline, head));
        document.close();
        return out.toByteArray();
    }

    private static Paragraph styled(ReviewOutline.Text text) {
        return switch (text.style()) {
            case PARAGRAPH -> body(text.text(), regular(BODY));
            case UNWRITTEN -> body(text.text(), italic(BODY));
            case LEAD -> body(text.text(), bold(BODY));
            case RULE -> body(text.text(), italic(11));
            case DETAIL -> body(text.text(), regular(11));
            case SUBHEADING -> spaced(paragraph(text.text(), bold(BODY), Element.ALIGN_LEFT), 8);
            case CAPTION -> spaced(paragraph(text.text(), italic(11), Element.ALIGN_LEFT), 4);
        };
    }

    private static PdfPTable table(ReviewOutline.Table content) {
        int columns = content.headers().size();
        float[] widths = new float[columns];
        for (int i = 0; i < columns; i++) {
            widths[i] = content.widths().isEmpty() ? (i == 0 ? Math.max(2, columns / 2f) : 1)
                    : content.widths().get(i);
        }
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setSpacingBefore(4);
        table.setSpacingAfter(6);
        table.setHeaderRows(1);
        content.headers().forEach(h -> table.addCell(boxed(centered(h, bold(TABLE)))));
        for (var row : content.rows()) {
            for (int c = 0; c < row.size(); c++) {
                table.addCell(boxed(paragraph(row.get(c), regular(TABLE),
                        c < content.textColumns() ? Element.ALIGN_LEFT : Element.ALIGN_RIGHT)));
            }
        }
        return table;
    }

    private static PdfPCell boxed(Paragraph paragraph) {
        PdfPCell cell = new PdfPCell();
        cell.setPadding(3);
        cell.addElement(paragraph);
        return cell;
    }

    /** "Nơi nhận:" and the recipients on the left, the signature block on the right. */
    private static PdfPTable signature(ReviewOutline outline, Letterhead head) {
        PdfPTable table = PdfText.borderless(new float[] {46.5f, 53.5f});
        table.setSpacingBefore(10);
        table.addCell(PdfText.cell(paragraph(text("document.decision.sentTo"), PdfText.boldItalic(12),
                Element.ALIGN_LEFT), paragraph(String.join("\n", outline.sentTo()), regular(11), Element.ALIGN_LEFT)));
        table.addCell(PdfText.signature(head));
        return table;
    }
}
