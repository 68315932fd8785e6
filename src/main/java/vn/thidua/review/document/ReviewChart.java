package vn.thidua.review.document;

import com.lowagie.text.Image;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.math.BigDecimal;
import java.util.Optional;
import vn.thidua.platform.document.PdfText;
import vn.thidua.review.ReviewTables;

/**
 * A bar chart of a movement's first summed indicator by year, drawn with the PDF's own vector operators (no chart
 * library): one bar per year, its value above it, the year below.
 */
final class ReviewChart {

    private static final float WIDTH = 440;
    private static final float HEIGHT = 150;
    private static final Color BAR = new Color(0x1F, 0x5F, 0x9F);

    private final ReviewTables.IndicatorRow row;
    private final java.util.List<Integer> years;

    private ReviewChart(ReviewTables.IndicatorRow row, java.util.List<Integer> years) {
        this.row = row;
        this.years = years;
    }

    static Optional<ReviewChart> of(ReviewTables.MovementTable table) {
        return table.indicators().stream().filter(r -> r.kind().isSum()).findFirst()
                .map(r -> new ReviewChart(r, table.years()));
    }

    Image image(PdfWriter writer) {
        PdfContentByte canvas = writer.getDirectContent();
        PdfTemplate template = canvas.createTemplate(WIDTH, HEIGHT);
        BaseFont font = PdfText.regular(8).getBaseFont();
        BigDecimal max = row.years().stream().map(ReviewTables.Cell::value).filter(v -> v != null)
                .max(BigDecimal::compareTo).orElse(BigDecimal.ZERO);
        int count = row.years().size();
        float slot = (WIDTH - 20) / Math.max(1, count);
        float bottom = 20;
        float top = HEIGHT - 28;
        template.beginText();
        template.setFontAndSize(PdfText.bold(9).getBaseFont(), 9);
        template.showTextAligned(PdfContentByte.ALIGN_LEFT, PdfText.nfc(row.name()), 10, HEIGHT - 10, 0);
        template.endText();
        template.setColorStroke(Color.GRAY);
        template.moveTo(10, bottom);
        template.lineTo(WIDTH - 10, bottom);
        template.stroke();
        for (int i = 0; i < count; i++) {
            BigDecimal value = row.years().get(i).value();
            float height = max.signum() == 0 || value == null ? 0
                    : value.floatValue() / max.floatValue() * (top - bottom);
            float x = 10 + i * slot + slot * 0.2f;
            template.setColorFill(BAR);
            template.rectangle(x, bottom, slot * 0.6f, height);
            template.fill();
            template.setColorFill(Color.BLACK);
            template.beginText();
            template.setFontAndSize(font, 8);
            template.showTextAligned(PdfContentByte.ALIGN_CENTER, PdfText.nfc(ReviewText.value(row,
                    row.years().get(i))), x + slot * 0.3f, bottom + height + 3, 0);
            template.showTextAligned(PdfContentByte.ALIGN_CENTER, String.valueOf(years.get(i)), x + slot * 0.3f,
                    bottom - 11, 0);
            template.endText();
        }
        try {
            Image image = Image.getInstance(template);
            image.setSpacingBefore(4);
            return image;
        } catch (com.lowagie.text.BadElementException e) {
            throw new IllegalStateException(e);
        }
    }
}
