package vn.thidua.platform.document;

import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import java.awt.Color;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * Fonts, text and layout blocks of the official documents (decisions, certificates, term reviews). The Liberation Serif faces of openpdf-fonts-extra are read from
 * the classpath once and embedded (subset) with Identity-H: a single-byte encoding would silently drop Vietnamese letters. Text is
 * normalised to NFC first, since decomposed marks would be drawn apart from their letters.
 */
public final class PdfText {

    public static final Color RED = new Color(0xB0, 0x12, 0x12);

    private static final BaseFont REGULAR = load("LiberationSerif-Regular.ttf");
    private static final BaseFont BOLD = load("LiberationSerif-Bold.ttf");
    private static final BaseFont ITALIC = load("LiberationSerif-Italic.ttf");
    private static final BaseFont BOLD_ITALIC = load("LiberationSerif-BoldItalic.ttf");

    private PdfText() {
    }

    public static Font regular(float size) {
        return new Font(REGULAR, size);
    }

    public static Font bold(float size) {
        return new Font(BOLD, size);
    }

    public static Font italic(float size) {
        return new Font(ITALIC, size);
    }

    public static Font boldItalic(float size) {
        return new Font(BOLD_ITALIC, size);
    }

    public static Font colored(Font font, Color color) {
        Font copy = new Font(font);
        copy.setColor(color);
        return copy;
    }

    public static String nfc(String text) {
        return text == null ? "" : Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    public static Phrase phrase(String text, Font font) {
        return new Phrase(nfc(text), font);
    }

    public static Paragraph paragraph(String text, Font font, int alignment) {
        Paragraph paragraph = new Paragraph(nfc(text), font);
        paragraph.setAlignment(alignment);
        return paragraph;
    }

    public static Paragraph centered(String text, Font font) {
        return paragraph(text, font, Element.ALIGN_CENTER);
    }

    public static Paragraph spaced(Paragraph paragraph, float before) {
        paragraph.setSpacingBefore(before);
        return paragraph;
    }

    /**
     * A paragraph of a document's body, its first line indented 10 mm; left-aligned, since justifying would space
     * out the letters of words.
     */
    public static Paragraph body(String text, Font font) {
        Paragraph paragraph = paragraph(text, font, Element.ALIGN_LEFT);
        paragraph.setFirstLineIndent(10 * 72f / 25.4f);
        paragraph.setSpacingAfter(4);
        return paragraph;
    }

    /** A table across the page without borders, for laying out blocks side by side. */
    public static PdfPTable borderless(float[] widths) {
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        return table;
    }

    public static PdfPCell cell(Paragraph... paragraphs) {
        PdfPCell cell = new PdfPCell();
        cell.setBorder(Rectangle.NO_BORDER);
        for (Paragraph paragraph : paragraphs) {
            cell.addElement(paragraph);
        }
        return cell;
    }

    /**
     * The issuing committee and the number on the left; the nation, the motto, place and date on the right. The
     * widths let "ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM" and "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" each stay on one line.
     */
    public static PdfPTable letterhead(Letterhead head) {
        PdfPTable table = borderless(new float[] {46.5f, 53.5f});
        table.addCell(cell(centered(Letterhead.text("document.committee"), regular(11)),
                centered(head.upperUnitName(), bold(11.5f)), centered("———", regular(10)),
                centered(Letterhead.text("document.number", head.number()), regular(13))));
        table.addCell(cell(centered(Letterhead.text("document.nation"), bold(11.5f)), centered(Letterhead.text("document.motto"), bold(13)),
                centered("———", regular(10)), centered(head.dateLine(), italic(13))));
        return table;
    }

    /** The signature block: {@code above} (e.g. place and date), on behalf of the standing committee, title, name. */
    public static PdfPCell signature(Letterhead head, Paragraph... above) {
        Paragraph name = centered(head.signerName(), bold(13));
        name.setSpacingBefore(48);
        List<Paragraph> lines = new ArrayList<>(List.of(above));
        lines.add(centered(Letterhead.text("document.onBehalf"), bold(13)));
        lines.add(centered(head.signerTitle().toUpperCase(Letterhead.VIETNAMESE), bold(13)));
        lines.add(name);
        return cell(lines.toArray(Paragraph[]::new));
    }

    private static BaseFont load(String file) {
        try (InputStream in = PdfText.class.getResourceAsStream("/liberation/" + file)) {
            if (in == null) {
                throw new IllegalStateException("Font not on the classpath: liberation/" + file);
            }
            return BaseFont.createFont(file, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, in.readAllBytes(), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
