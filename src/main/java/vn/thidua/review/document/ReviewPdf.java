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
import java.util.ArrayList;
import java.util.List;
import vn.thidua.platform.document.Letterhead;
import vn.thidua.platform.document.PdfText;
import vn.thidua.platform.i18n.Amounts;
import vn.thidua.result.Discipline;
import vn.thidua.review.ReviewSection;
import vn.thidua.review.ReviewTables;

/**
 * A term review as an A4 PDF laid out as a committee's report (Decree 30/2020/NĐ-CP): the letterhead, "BÁO CÁO"
 * and its subject, then numbered sections — results of each movement (over the period with target and attainment,
 * by year with a chart, by unit), commendation, reporting, shortcomings, lessons, directions with the next term's
 * targets — and the signature block.
 */
public final class ReviewPdf {

    private static final float MM = 72f / 25.4f;
    private static final float BODY = 13;
    private static final float TABLE = 9.5f;

    private ReviewPdf() {
    }

    public static byte[] write(ReviewTables review, Letterhead head) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 25 * MM, 15 * MM, 20 * MM, 20 * MM);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        document.addTitle(PdfText.nfc(text("review.doc.title") + " " + ReviewText.reportTitle(review)));
        document.open();
        document.add(PdfText.letterhead(head));
        document.add(spaced(centered(text("review.doc.title"), bold(14)), 18));
        document.add(centered(ReviewText.reportTitle(review), bold(BODY)));
        int section = 0;
        document.add(heading(++section, text("review.doc.results")));
        narrative(document, review, ReviewSection.ACHIEVEMENTS);
        int number = 0;
        for (ReviewTables.MovementTable table : review.movements()) {
            document.add(subheading(++number + ". " + table.name()));
            document.add(table(List.of(text("review.doc.col.indicator"), text("review.doc.col.total",
                            ReviewText.years(review.from(), review.to())), text("review.doc.col.target"),
                    text("review.doc.col.attainment")), ReviewText.summary(table), new float[] {40, 25, 18, 17}));
            document.add(caption(text("review.doc.byYear")));
            document.add(table(header(text("review.doc.col.indicator"), table.years().stream().map(String::valueOf)
                    .toList()), ReviewText.perYear(table), null));
            ReviewChart.of(table).ifPresent(chart -> document.add(chart.image(writer)));
            if (!table.children().isEmpty()) {
                document.add(caption(text("review.doc.byUnit")));
                document.add(table(header(text("review.doc.col.unit"), table.indicators().stream()
                        .map(ReviewTables.IndicatorRow::name).toList()), ReviewText.perUnit(table), null));
            }
        }
        document.add(heading(++section, text("review.doc.commendation")));
        commendation(document, review);
        document.add(heading(++section, text("review.doc.reporting")));
        reporting(document, review);
        document.add(heading(++section, ReviewText.heading(ReviewSection.SHORTCOMINGS)));
        narrative(document, review, ReviewSection.SHORTCOMINGS);
        document.add(heading(++section, ReviewText.heading(ReviewSection.LESSONS)));
        narrative(document, review, ReviewSection.LESSONS);
        document.add(heading(++section, text("review.doc.directions", nextTerm(review))));
        narrative(document, review, ReviewSection.DIRECTIONS);
        if (!review.nextTerm().isEmpty()) {
            document.add(body(text("review.doc.targets", nextTerm(review)), bold(BODY)));
            review.nextTerm().forEach(t -> document.add(body("- " + t.description(), regular(BODY))));
        }
        document.add(signature(head));
        document.close();
        return out.toByteArray();
    }

    private static String nextTerm(ReviewTables review) {
        return review.nextTerm().isEmpty() ? ReviewText.years(review.to(), review.to() + Math.max(1, review.to()
                - review.from())) : ReviewText.years(review.nextTerm().get(0).yearFrom(),
                review.nextTerm().get(0).yearTo());
    }

    private static void commendation(Document document, ReviewTables review) {
        var awards = review.commendations();
        document.add(body(text("review.doc.awards.total", Amounts.number(awards.total(), ReviewText.VI),
                Amounts.number(awards.decisions().size(), ReviewText.VI)), regular(BODY)));
        List<String> years = awards.years().stream().map(String::valueOf).toList();
        List<List<String>> byType = new ArrayList<>();
        awards.byType().forEach(line -> byType.add(line(line.name() + " (" + line.level() + ")", line.perYear(),
                line.total())));
        if (!byType.isEmpty()) {
            document.add(caption(text("review.doc.awards.byType")));
            document.add(table(header(text("review.doc.col.awardType"), withTotal(years)), byType, null));
        }
        List<List<String>> byKind = new ArrayList<>();
        awards.byRecipient().forEach(line -> byKind.add(line(text("review.doc.recipient." + line.key()),
                line.perYear(), line.total())));
        document.add(caption(text("review.doc.awards.byRecipient")));
        document.add(table(header(text("review.doc.col.recipient"), withTotal(years)), byKind, null));
        if (!awards.decisions().isEmpty()) {
            document.add(caption(text("review.doc.decisions")));
            List<List<String>> rows = awards.decisions().stream().map(d -> List.of(d.number(),
                    vn.thidua.platform.time.Formats.date(d.signedOn()), d.issuingUnitName(), d.awardTypeName(),
                    Amounts.number(d.awards(), ReviewText.VI))).toList();
            document.add(table(List.of(text("review.doc.col.number"), text("review.doc.col.date"),
                    text("review.doc.col.issuer"), text("review.doc.col.awardType"), text("review.doc.col.awards")),
                    rows, new float[] {16, 14, 28, 30, 12}));
        }
    }

    private static void reporting(Document document, ReviewTables review) {
        document.add(body(text("review.doc.reporting.rule", Discipline.GRACE_DAYS), italic(11)));
        for (int i = 0; i < review.discipline().size(); i++) {
            Discipline discipline = review.discipline().get(i);
            document.add(caption(review.movements().get(i).name()));
            List<List<String>> rows = discipline.periods().stream().map(p -> List.of(p.periodCode(),
                    Amounts.number(p.expected(), ReviewText.VI), Amounts.number(p.missing(), ReviewText.VI),
                    Amounts.number(p.late(), ReviewText.VI))).toList();
            document.add(table(List.of(text("review.doc.col.period"), text("review.doc.col.expected"),
                    text("review.doc.col.missing"), text("review.doc.col.late")), rows, null));
            List<String> names = discipline.lapses().stream().limit(20).map(l -> l.unitName() + " (" + l.unitCode()
                    + ", " + l.periodCode() + ", " + text(l.late() ? "review.doc.late" : "review.doc.missing") + ")")
                    .toList();
            if (!names.isEmpty()) {
                int more = discipline.lapses().size() - names.size();
                document.add(body(String.join("; ", names) + (more > 0 || discipline.truncated()
                        ? " " + text("review.doc.andMore") : "."), regular(11)));
            }
        }
    }

    private static List<String> line(String name, List<Long> perYear, long total) {
        List<String> cells = new ArrayList<>(List.of(name));
        perYear.forEach(count -> cells.add(Amounts.number(count, ReviewText.VI)));
        cells.add(Amounts.number(total, ReviewText.VI));
        return cells;
    }

    private static List<String> withTotal(List<String> years) {
        List<String> columns = new ArrayList<>(years);
        columns.add(text("review.doc.col.sum"));
        return columns;
    }

    private static List<String> header(String first, List<String> rest) {
        List<String> columns = new ArrayList<>(List.of(first));
        columns.addAll(rest);
        return columns;
    }

    private static void narrative(Document document, ReviewTables review, ReviewSection key) {
        String text = ReviewText.narrative(review, key);
        if (text == null) {
            document.add(body(text("review.doc.notWritten"), italic(BODY)));
            return;
        }
        for (String line : text.split("\\R+")) {
            document.add(body(line, regular(BODY)));
        }
    }

    private static PdfPTable table(List<String> headers, List<List<String>> rows, float[] widths) {
        PdfPTable table = widths == null ? new PdfPTable(headers.size()) : new PdfPTable(widths);
        if (widths == null && headers.size() > 1) {
            float[] relative = new float[headers.size()];
            relative[0] = Math.max(2, headers.size() / 2f);
            for (int i = 1; i < relative.length; i++) {
                relative[i] = 1;
            }
            table.setWidths(relative);
        }
        table.setWidthPercentage(100);
        table.setSpacingBefore(4);
        table.setSpacingAfter(6);
        table.setHeaderRows(1);
        headers.forEach(h -> table.addCell(boxed(centered(h, bold(TABLE)))));
        for (List<String> row : rows) {
            for (int c = 0; c < row.size(); c++) {
                table.addCell(boxed(paragraph(row.get(c), regular(TABLE),
                        c == 0 ? Element.ALIGN_LEFT : Element.ALIGN_RIGHT)));
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

    private static Paragraph heading(int number, String title) {
        return spaced(paragraph(roman(number) + ". " + title.toUpperCase(ReviewText.VI), bold(BODY),
                Element.ALIGN_LEFT), 12);
    }

    private static Paragraph subheading(String title) {
        return spaced(paragraph(title, bold(BODY), Element.ALIGN_LEFT), 8);
    }

    private static Paragraph caption(String title) {
        return spaced(paragraph(title, italic(11), Element.ALIGN_LEFT), 4);
    }

    private static PdfPTable signature(Letterhead head) {
        PdfPTable table = PdfText.borderless(new float[] {46.5f, 53.5f});
        table.setSpacingBefore(10);
        table.addCell(PdfText.cell(paragraph(text("document.decision.sentTo"), PdfText.boldItalic(12),
                Element.ALIGN_LEFT), paragraph(text("review.doc.sentTo.lines"), regular(11), Element.ALIGN_LEFT)));
        table.addCell(PdfText.signature(head));
        return table;
    }

    static String roman(int number) {
        String[] numerals = {"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"};
        return number >= 1 && number <= numerals.length ? numerals[number - 1] : String.valueOf(number);
    }
}
