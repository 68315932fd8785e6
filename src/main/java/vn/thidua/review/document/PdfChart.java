package vn.thidua.review.document;

import com.lowagie.text.BadElementException;
import com.lowagie.text.Image;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import vn.thidua.platform.document.PdfText;

/**
 * A {@link ReviewChart} drawn with the PDF's own vector operators (no chart library): one bar per year, its value
 * above it, the year below; a share's axis is topped by a dashed 100% line.
 */
final class PdfChart {

    private static final float WIDTH = 440;
    private static final float HEIGHT = 150;
    private static final float BOTTOM = 20;
    private static final float TOP = HEIGHT - 28;
    private static final Color BAR = new Color(0x1F, 0x5F, 0x9F);
    private static final Color SHARE = new Color(0x2E, 0x7D, 0x32);

    private PdfChart() {
    }

    static Image image(ReviewChart chart, PdfWriter writer) {
        PdfTemplate template = writer.getDirectContent().createTemplate(WIDTH, HEIGHT);
        BaseFont font = PdfText.regular(8).getBaseFont();
        template.beginText();
        template.setFontAndSize(PdfText.bold(9).getBaseFont(), 9);
        template.showTextAligned(PdfContentByte.ALIGN_LEFT, PdfText.nfc(chart.title()), 10, HEIGHT - 10, 0);
        template.endText();
        template.setColorStroke(Color.GRAY);
        template.moveTo(10, BOTTOM);
        template.lineTo(WIDTH - 10, BOTTOM);
        template.stroke();
        if (chart.share()) {
            template.setLineDash(2, 2);
            template.moveTo(10, TOP);
            template.lineTo(WIDTH - 10, TOP);
            template.stroke();
            template.setLineDash(0);
        }
        int count = chart.years().size();
        float slot = (WIDTH - 20) / Math.max(1, count);
        for (int i = 0; i < count; i++) {
            float height = chart.fraction(i) * (TOP - BOTTOM);
            float x = 10 + i * slot + slot * 0.2f;
            template.setColorFill(chart.share() ? SHARE : BAR);
            template.rectangle(x, BOTTOM, slot * 0.6f, height);
            template.fill();
            template.setColorFill(Color.BLACK);
            template.beginText();
            template.setFontAndSize(font, 8);
            template.showTextAligned(PdfContentByte.ALIGN_CENTER, PdfText.nfc(chart.labels().get(i)),
                    x + slot * 0.3f, BOTTOM + height + 3, 0);
            template.showTextAligned(PdfContentByte.ALIGN_CENTER, chart.years().get(i), x + slot * 0.3f, BOTTOM - 11,
                    0);
            template.endText();
        }
        try {
            Image image = Image.getInstance(template);
            image.setSpacingBefore(4);
            return image;
        } catch (BadElementException e) {
            throw new IllegalStateException(e);
        }
    }
}
