package vn.thidua.review.document;

import static vn.thidua.review.document.ReviewText.text;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import vn.thidua.platform.document.Letterhead;
import vn.thidua.platform.document.PdfText;
import vn.thidua.review.ReviewTables;

/**
 * A review as a Word document the officers keep editing: the letterhead, title, the numbered sections of the
 * {@link ReviewOutline} (as the PDF has them) as headings of the document's outline, real tables with a repeated
 * header row, native charts, the recipients and the signature block; Times New Roman 13 on A4 with the margins of
 * administrative documents (Decree 30/2020/NĐ-CP).
 */
public final class ReviewDocx {

    static final String FONT = "Times New Roman";
    private static final int BODY = 13;
    private static final int TABLE = 10;
    private static final int INDENT = 567;

    private ReviewDocx() {
    }

    public static byte[] write(ReviewTables review, Letterhead head) {
        ReviewOutline outline = ReviewOutline.of(review);
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            DocxStyles.define(document);
            page(document);
            XWPFTable letterhead = borderless(document);
            lines(letterhead.getRow(0).getCell(0), List.of(new Line(text("document.committee"), false, false),
                    Line.bold(head.upperUnitName()), new Line(text("document.number", head.number()), false, false)));
            lines(letterhead.getRow(0).getCell(1), List.of(Line.bold(text("document.nation")),
                    Line.bold(text("document.motto")), new Line(head.dateLine(), false, true)));
            paragraph(document, null, outline.title(), true, 14, ParagraphAlignment.CENTER).setSpacingBefore(360);
            paragraph(document, null, outline.subject(), true, BODY, ParagraphAlignment.CENTER);
            for (ReviewOutline.Section section : outline.sections()) {
                paragraph(document, DocxStyles.SECTION, section.title(), true, BODY, ParagraphAlignment.LEFT)
                        .setSpacingBefore(240);
                for (ReviewOutline.Block block : section.blocks()) {
                    if (block instanceof ReviewOutline.Text text) {
                        styled(document, text);
                    } else if (block instanceof ReviewOutline.Table table) {
                        table(document, table);
                    } else if (block instanceof ReviewChart chart) {
                        DocxChart.add(document, chart);
                    }
                }
            }
            signature(document, outline, head);
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void styled(XWPFDocument document, ReviewOutline.Text text) {
        switch (text.style()) {
            case SUBHEADING -> paragraph(document, DocxStyles.MOVEMENT, text.text(), true, BODY,
                    ParagraphAlignment.LEFT).setSpacingBefore(160);
            case CAPTION -> italic(paragraph(document, null, text.text(), false, 11, ParagraphAlignment.LEFT));
            case UNWRITTEN -> italic(body(document, text.text(), false, BODY));
            case LEAD -> body(document, text.text(), true, BODY);
            case RULE -> italic(body(document, text.text(), false, 11));
            case DETAIL -> body(document, text.text(), false, 11);
            case PARAGRAPH -> body(document, text.text(), false, BODY);
        }
    }

    private static XWPFParagraph body(XWPFDocument document, String text, boolean bold, int size) {
        XWPFParagraph paragraph = paragraph(document, null, text, bold, size, ParagraphAlignment.BOTH);
        paragraph.setIndentationFirstLine(INDENT);
        paragraph.setSpacingAfter(80);
        return paragraph;
    }

    private static void table(XWPFDocument document, ReviewOutline.Table content) {
        XWPFTable table = document.createTable(content.rows().size() + 1, content.headers().size());
        table.setWidth("100%");
        table.setTableAlignment(TableRowAlign.CENTER);
        XWPFTableRow header = table.getRow(0);
        header.setRepeatHeader(true);
        for (int c = 0; c < content.headers().size(); c++) {
            cell(header.getCell(c), content.headers().get(c), true, ParagraphAlignment.CENTER);
            if (!content.widths().isEmpty()) {
                header.getCell(c).setWidth(content.widths().get(c) + "%");
            }
        }
        for (int r = 0; r < content.rows().size(); r++) {
            List<String> cells = content.rows().get(r);
            for (int c = 0; c < cells.size(); c++) {
                cell(table.getRow(r + 1).getCell(c), cells.get(c), false,
                        c < content.textColumns() ? ParagraphAlignment.LEFT : ParagraphAlignment.RIGHT);
            }
        }
        document.createParagraph().setSpacingAfter(0);
    }

    private static void cell(XWPFTableCell cell, String text, boolean bold, ParagraphAlignment alignment) {
        XWPFParagraph paragraph = cell.getParagraphs().get(0);
        paragraph.setAlignment(alignment);
        paragraph.setSpacingAfter(0);
        XWPFRun run = paragraph.createRun();
        style(run, bold, TABLE);
        run.setText(PdfText.nfc(text));
    }

    /** "Nơi nhận:" and the recipients on the left; on the right, for the standing committee, the signer. */
    private static void signature(XWPFDocument document, ReviewOutline outline, Letterhead head) {
        XWPFTable table = borderless(document);
        XWPFParagraph sentTo = table.getRow(0).getCell(0).getParagraphs().get(0);
        XWPFRun label = sentTo.createRun();
        style(label, true, 12);
        label.setItalic(true);
        label.setText(PdfText.nfc(text("document.decision.sentTo")));
        XWPFRun lines = sentTo.createRun();
        style(lines, false, 11);
        outline.sentTo().forEach(line -> {
            lines.addBreak();
            lines.setText(PdfText.nfc(line));
        });
        lines(table.getRow(0).getCell(1), List.of(Line.bold(text("document.onBehalf")),
                Line.bold(head.signerTitle().toUpperCase(ReviewText.VI)), Line.bold(""), Line.bold(""), Line.bold(""),
                Line.bold(head.signerName())));
    }

    private static XWPFTable borderless(XWPFDocument document) {
        XWPFTable table = document.createTable(1, 2);
        table.removeBorders();
        table.setWidth("100%");
        return table;
    }

    /** A line of a block laid out in a cell: the letterhead's and the signature's. */
    private record Line(String text, boolean bold, boolean italic) {

        static Line bold(String text) {
            return new Line(text, true, false);
        }
    }

    private static void lines(XWPFTableCell cell, List<Line> lines) {
        XWPFParagraph paragraph = cell.getParagraphs().get(0);
        paragraph.setAlignment(ParagraphAlignment.CENTER);
        for (int i = 0; i < lines.size(); i++) {
            XWPFRun run = paragraph.createRun();
            style(run, lines.get(i).bold(), 12);
            run.setItalic(lines.get(i).italic());
            if (i > 0) {
                run.addBreak();
            }
            run.setText(PdfText.nfc(lines.get(i).text()));
        }
    }

    private static XWPFParagraph paragraph(XWPFDocument document, String styleId, String text, boolean bold,
                                           int size, ParagraphAlignment alignment) {
        XWPFParagraph paragraph = document.createParagraph();
        if (styleId != null) {
            paragraph.setStyle(styleId);
        }
        paragraph.setAlignment(alignment);
        XWPFRun run = paragraph.createRun();
        style(run, bold, size);
        run.setText(PdfText.nfc(text));
        return paragraph;
    }

    private static XWPFParagraph italic(XWPFParagraph paragraph) {
        paragraph.getRuns().forEach(run -> run.setItalic(true));
        return paragraph;
    }

    static void style(XWPFRun run, boolean bold, int size) {
        run.setFontFamily(FONT);
        run.setFontSize(size);
        run.setBold(bold);
    }

    /** A4 portrait, margins top and bottom 20 mm, left 25 mm, right 15 mm (in twentieths of a point). */
    private static void page(XWPFDocument document) {
        CTSectPr section = document.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.addNewPgSz();
        size.setW(BigInteger.valueOf(11906));
        size.setH(BigInteger.valueOf(16838));
        CTPageMar margins = section.addNewPgMar();
        margins.setTop(BigInteger.valueOf(1134));
        margins.setBottom(BigInteger.valueOf(1134));
        margins.setLeft(BigInteger.valueOf(1417));
        margins.setRight(BigInteger.valueOf(850));
        margins.setHeader(BigInteger.valueOf(709));
        margins.setFooter(BigInteger.valueOf(709));
        margins.setGutter(BigInteger.ZERO);
    }
}
