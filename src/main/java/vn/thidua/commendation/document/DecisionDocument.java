package vn.thidua.commendation.document;

import static vn.thidua.platform.document.Letterhead.text;
import static vn.thidua.platform.document.PdfText.body;
import static vn.thidua.platform.document.PdfText.bold;
import static vn.thidua.platform.document.PdfText.borderless;
import static vn.thidua.platform.document.PdfText.boldItalic;
import static vn.thidua.platform.document.PdfText.cell;
import static vn.thidua.platform.document.PdfText.centered;
import static vn.thidua.platform.document.PdfText.italic;
import static vn.thidua.platform.document.PdfText.paragraph;
import static vn.thidua.platform.document.PdfText.regular;
import static vn.thidua.platform.document.PdfText.spaced;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.util.List;
import vn.thidua.platform.document.Letterhead;
import vn.thidua.platform.document.PdfText;

/**
 * An award decision as an A4 PDF laid out as an administrative document (Decree 30/2020/NĐ-CP): the issuing
 * committee and the national motto side by side, number, place and date, title and subject, the grounds, the
 * articles with the list of recipients as a table, and the signature block.
 */
public final class DecisionDocument {

    private static final float MM = 72f / 25.4f;
    private static final float BODY = 13;

    private DecisionDocument() {
    }

    public static byte[] write(DecisionSheet sheet) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 30 * MM, 15 * MM, 20 * MM, 20 * MM);
        PdfWriter.getInstance(document, out);
        document.addTitle(PdfText.nfc(text("document.decision.title") + " " + sheet.head().number()));
        document.open();
        Letterhead head = sheet.head();
        document.add(PdfText.letterhead(head));
        document.add(spaced(centered(text("document.decision.title"), bold(14)), 18));
        document.add(centered(text("document.decision.subject", sheet.subject()), bold(BODY)));
        document.add(spaced(centered(text("document.decision.issuer", head.upperUnitName()), bold(BODY)), 14));
        for (String ground : List.of(text("document.decision.basis.law"), text("document.decision.basis.charter"),
                text("document.decision.basis.proposal", head.unitNameInSentence()))) {
            document.add(body(ground, italic(BODY)));
        }
        document.add(spaced(centered(text("document.decision.decides"), bold(BODY)), 8));
        document.add(body(text("document.decision.article1", sheet.awardTypeName(),
                String.valueOf(sheet.lines().size())), regular(BODY)));
        document.add(recipients(sheet.lines()));
        document.add(body(text("document.decision.article2"), regular(BODY)));
        document.add(body(text("document.decision.article3"), regular(BODY)));
        document.add(signatures(head));
        document.close();
        return out.toByteArray();
    }

    private static PdfPTable recipients(List<DecisionSheet.Line> lines) {
        PdfPTable table = new PdfPTable(new float[] {8, 32, 30, 30});
        table.setWidthPercentage(100);
        table.setSpacingBefore(6);
        table.setSpacingAfter(8);
        table.setHeaderRows(1);
        for (String column : List.of("no", "name", "position", "achievement")) {
            PdfPCell heading = new PdfPCell(centered(text("document.decision.column." + column), bold(12)));
            heading.setPadding(4);
            table.addCell(heading);
        }
        int number = 0;
        for (DecisionSheet.Line line : lines) {
            number++;
            table.addCell(boxed(centered(String.valueOf(number), regular(12))));
            table.addCell(boxed(paragraph(line.name(), bold(12), Element.ALIGN_LEFT)));
            table.addCell(boxed(paragraph(line.position(), regular(12), Element.ALIGN_LEFT)));
            table.addCell(boxed(paragraph(line.achievement(), regular(12), Element.ALIGN_LEFT)));
        }
        return table;
    }

    /** Where it is sent on the left; on behalf of the standing committee, the title and the name on the right. */
    private static PdfPTable signatures(Letterhead head) {
        PdfPTable table = borderless(new float[] {46.5f, 53.5f});
        table.setSpacingBefore(6);
        Paragraph sentTo = paragraph(text("document.decision.sentTo"), boldItalic(12), Element.ALIGN_LEFT);
        table.addCell(cell(sentTo, paragraph(text("document.decision.sentTo.lines"), regular(11), Element.ALIGN_LEFT)));
        table.addCell(PdfText.signature(head));
        return table;
    }

    private static PdfPCell boxed(Paragraph paragraph) {
        PdfPCell cell = new PdfPCell();
        cell.setPadding(4);
        cell.addElement(paragraph);
        return cell;
    }
}
