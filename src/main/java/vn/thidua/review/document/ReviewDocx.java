package vn.thidua.review.document;

import static vn.thidua.review.document.ReviewText.text;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import vn.thidua.platform.document.Letterhead;
import vn.thidua.platform.document.PdfText;
import vn.thidua.review.ReviewSection;
import vn.thidua.review.ReviewTables;

/**
 * A review as a Word document the officers keep editing: the same letterhead, title, numbered sections and tables
 * as the PDF, in Times New Roman 13 (the typeface of administrative documents), as plain paragraphs and tables so
 * that any word processor edits it.
 */
public final class ReviewDocx {

    private static final String FONT = "Times New Roman";

    private ReviewDocx() {
    }

    public static byte[] write(ReviewTables review, Letterhead head) {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XWPFTable letterhead = document.createTable(1, 2);
            letterhead.removeBorders();
            lines(letterhead.getRow(0).getCell(0).getParagraphs().get(0), true, text("document.committee"),
                    head.upperUnitName(), text("document.number", head.number()));
            lines(letterhead.getRow(0).getCell(1).getParagraphs().get(0), true, text("document.nation"),
                    text("document.motto"), head.dateLine());
            paragraph(document, text("review.doc.title"), true, 14, ParagraphAlignment.CENTER);
            paragraph(document, ReviewText.reportTitle(review), true, 13, ParagraphAlignment.CENTER);
            int section = 0;
            paragraph(document, ReviewPdf.roman(++section) + ". " + text("review.doc.results").toUpperCase(ReviewText.VI),
                    true, 13, ParagraphAlignment.LEFT);
            narrative(document, review, ReviewSection.ACHIEVEMENTS);
            int number = 0;
            for (ReviewTables.MovementTable table : review.movements()) {
                paragraph(document, ++number + ". " + table.name(), true, 13, ParagraphAlignment.LEFT);
                table(document, List.of(text("review.doc.col.indicator"), text("review.doc.col.total",
                        ReviewText.years(review.from(), review.to())), text("review.doc.col.target"),
                        text("review.doc.col.attainment")), ReviewText.summary(table));
                List<String> years = new ArrayList<>(List.of(text("review.doc.col.indicator")));
                table.years().forEach(y -> years.add(String.valueOf(y)));
                paragraph(document, text("review.doc.byYear"), false, 11, ParagraphAlignment.LEFT);
                table(document, years, ReviewText.perYear(table));
                if (!table.children().isEmpty()) {
                    List<String> units = new ArrayList<>(List.of(text("review.doc.col.unit")));
                    table.indicators().forEach(i -> units.add(i.name()));
                    paragraph(document, text("review.doc.byUnit"), false, 11, ParagraphAlignment.LEFT);
                    table(document, units, ReviewText.perUnit(table));
                }
            }
            for (ReviewSection key : List.of(ReviewSection.SHORTCOMINGS, ReviewSection.LESSONS,
                    ReviewSection.DIRECTIONS)) {
                paragraph(document, ReviewPdf.roman(++section) + ". " + ReviewText.heading(key).toUpperCase(ReviewText.VI),
                        true, 13, ParagraphAlignment.LEFT);
                narrative(document, review, key);
            }
            review.nextTerm().forEach(t -> paragraph(document, "- " + t.description(), false, 13,
                    ParagraphAlignment.LEFT));
            paragraph(document, text("document.onBehalf"), true, 13, ParagraphAlignment.RIGHT);
            paragraph(document, head.signerTitle().toUpperCase(ReviewText.VI), true, 13, ParagraphAlignment.RIGHT);
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void narrative(XWPFDocument document, ReviewTables review, ReviewSection key) {
        String text = ReviewText.narrative(review, key);
        for (String line : (text == null ? "" : text).split("\\R+")) {
            paragraph(document, line, false, 13, ParagraphAlignment.BOTH);
        }
    }

    private static void table(XWPFDocument document, List<String> headers, List<List<String>> rows) {
        XWPFTable table = document.createTable(rows.size() + 1, headers.size());
        fill(table.getRow(0), headers, true);
        for (int r = 0; r < rows.size(); r++) {
            fill(table.getRow(r + 1), rows.get(r), false);
        }
    }

    private static void fill(XWPFTableRow row, List<String> cells, boolean bold) {
        for (int c = 0; c < cells.size(); c++) {
            XWPFRun run = row.getCell(c).getParagraphs().get(0).createRun();
            style(run, bold, 10);
            run.setText(PdfText.nfc(cells.get(c)));
        }
    }

    private static void paragraph(XWPFDocument document, String text, boolean bold, int size,
                                  ParagraphAlignment alignment) {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.setAlignment(alignment);
        XWPFRun run = paragraph.createRun();
        style(run, bold, size);
        run.setText(PdfText.nfc(text));
    }

    private static void lines(XWPFParagraph paragraph, boolean bold, String... lines) {
        paragraph.setAlignment(ParagraphAlignment.CENTER);
        XWPFRun run = paragraph.createRun();
        style(run, bold, 12);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                run.addBreak();
            }
            run.setText(PdfText.nfc(lines[i]));
        }
    }

    private static void style(XWPFRun run, boolean bold, int size) {
        run.setFontFamily(FONT);
        run.setFontSize(size);
        run.setBold(bold);
    }
}
