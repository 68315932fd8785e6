package vn.thidua.commendation.document;

import static vn.thidua.platform.document.Letterhead.text;
import static vn.thidua.platform.document.PdfText.bold;
import static vn.thidua.platform.document.PdfText.borderless;
import static vn.thidua.platform.document.PdfText.cell;
import static vn.thidua.platform.document.PdfText.centered;
import static vn.thidua.platform.document.PdfText.colored;
import static vn.thidua.platform.document.PdfText.italic;
import static vn.thidua.platform.document.PdfText.regular;
import static vn.thidua.platform.document.PdfText.spaced;

import com.lowagie.text.Document;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import vn.thidua.platform.time.Formats;
import vn.thidua.platform.document.Letterhead;
import vn.thidua.platform.document.PdfText;

/**
 * The certificate of one award, an A4 landscape page inside a double red frame: the nation and the motto, the
 * granting committee, the award type in large red capitals, the recipient's name in large type, their position and
 * achievement, then the decision that granted it and the signature block.
 */
public final class CertificateDocument {

    private static final float MARGIN = 48;

    private CertificateDocument() {
    }

    public static byte[] write(CertificateSheet sheet) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Rectangle page = new Rectangle(PageSize.A4.getHeight(), PageSize.A4.getWidth());
        Document document = new Document(page, MARGIN + 24, MARGIN + 24, MARGIN + 16, MARGIN);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        document.addTitle(PdfText.nfc(sheet.awardTypeName() + " – " + sheet.recipient().name()));
        document.open();
        frame(writer.getDirectContentUnder(), page);
        Letterhead head = sheet.head();
        document.add(centered(text("document.nation"), bold(14)));
        document.add(centered(text("document.motto"), bold(14)));
        document.add(spaced(centered(text("document.decision.issuer", head.upperUnitName()), bold(15)), 14));
        document.add(spaced(centered(text("document.certificate.grants"), bold(16)), 10));
        Paragraph award = centered(sheet.awardTypeName().toUpperCase(Letterhead.VIETNAMESE),
                colored(bold(sheet.awardTypeName().length() > 30 ? 26 : 40), PdfText.RED));
        document.add(spaced(award, 4));
        document.add(spaced(centered(sheet.recipient().name(), bold(30)), 12));
        document.add(spaced(centered(sheet.recipient().position(), italic(16)), 6));
        document.add(spaced(centered(sheet.recipient().achievement(), regular(16)), 10));
        document.add(footer(sheet));
        document.close();
        return out.toByteArray();
    }

    /** The decision and the register number on the left; place, date and signature on the right. */
    private static PdfPTable footer(CertificateSheet sheet) {
        Letterhead head = sheet.head();
        PdfPTable table = borderless(new float[] {50, 50});
        table.setSpacingBefore(16);
        table.setKeepTogether(true);
        Paragraph decision = spaced(centered(text("document.certificate.decision", head.number(),
                Formats.date(head.signedOn())), regular(12)), 40);
        table.addCell(cell(decision, centered(text("document.certificate.register",
                String.valueOf(sheet.registerNumber())), regular(12))));
        table.addCell(PdfText.signature(head, centered(head.dateLine(), italic(14))));
        return table;
    }

    private static void frame(PdfContentByte canvas, Rectangle page) {
        canvas.saveState();
        canvas.setColorStroke(PdfText.RED);
        canvas.setLineWidth(3);
        canvas.rectangle(24, 24, page.getWidth() - 48, page.getHeight() - 48);
        canvas.stroke();
        canvas.setLineWidth(1);
        canvas.rectangle(32, 32, page.getWidth() - 64, page.getHeight() - 64);
        canvas.stroke();
        canvas.restoreState();
    }
}
