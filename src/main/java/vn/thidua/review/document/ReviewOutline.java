package vn.thidua.review.document;

import static vn.thidua.review.document.ReviewText.VI;
import static vn.thidua.review.document.ReviewText.text;

import java.util.ArrayList;
import java.util.List;
import vn.thidua.platform.i18n.Amounts;
import vn.thidua.platform.time.Formats;
import vn.thidua.result.Discipline;
import vn.thidua.review.AwardTables;
import vn.thidua.review.ReviewSection;
import vn.thidua.review.ReviewTables;

/**
 * What a review document says, in order, whatever format it is written in: the title and subject, the numbered
 * sections — I. results of each movement (over the period with target and attainment, by year with charts, by
 * unit), II. commendation, III. reporting, IV. shortcomings, V. lessons, VI. directions with the next term's
 * targets — each a list of paragraphs, tables and charts, and the recipients. {@link ReviewPdf} and
 * {@link ReviewDocx} both render this one outline, so the PDF and the Word document cannot say different things.
 */
public record ReviewOutline(String title, String subject, List<Section> sections, List<String> sentTo) {

    /** How many units that reported late or not at all a document names per movement (the XLSX lists them all). */
    static final int LAPSES_NAMED = 20;

    /** A part of a section. */
    public sealed interface Block permits Text, Table, ReviewChart {
    }

    /** What a paragraph is, which decides its typeface and spacing. */
    public enum Style {
        /** Body text. */ PARAGRAPH,
        /** Body text standing for a narrative section nobody wrote. */ UNWRITTEN,
        /** A numbered movement inside a section. */ SUBHEADING,
        /** The caption of a table. */ CAPTION,
        /** A bold line introducing a list. */ LEAD,
        /** A small italic note explaining a rule. */ RULE,
        /** Small body text (long lists of names). */ DETAIL
    }

    /** A paragraph. */
    public record Text(Style style, String text) implements Block {
    }

    /**
     * A table with a header row; the first {@code textColumns} columns are text (left-aligned), the others numbers.
     * {@code widths} are relative column widths, empty to let the renderer choose.
     */
    public record Table(List<String> headers, List<List<String>> rows, int textColumns, List<Integer> widths)
            implements Block {
    }

    /** A numbered section, e.g. "II. CÔNG TÁC THI ĐUA, KHEN THƯỞNG". */
    public record Section(int number, String heading, List<Block> blocks) {

        /** The heading as the document prints it: Roman number, then upper case. */
        public String title() {
            return roman(number) + ". " + heading.toUpperCase(VI);
        }
    }

    public static ReviewOutline of(ReviewTables review) {
        List<Section> sections = new ArrayList<>();
        sections.add(new Section(sections.size() + 1, text("review.doc.results"), results(review)));
        sections.add(new Section(sections.size() + 1, text("review.doc.commendation"),
                commendation(review.commendations())));
        sections.add(new Section(sections.size() + 1, text("review.doc.reporting"), reporting(review)));
        sections.add(new Section(sections.size() + 1, ReviewText.heading(ReviewSection.SHORTCOMINGS),
                narrative(review, ReviewSection.SHORTCOMINGS)));
        sections.add(new Section(sections.size() + 1, ReviewText.heading(ReviewSection.LESSONS),
                narrative(review, ReviewSection.LESSONS)));
        sections.add(new Section(sections.size() + 1, text("review.doc.directions", nextTerm(review)),
                directions(review)));
        return new ReviewOutline(text("review.doc.title"), ReviewText.reportTitle(review), List.copyOf(sections),
                List.of(text("review.doc.sentTo.lines").split("\n")));
    }

    private static List<Block> results(ReviewTables review) {
        List<Block> blocks = narrative(review, ReviewSection.ACHIEVEMENTS);
        int number = 0;
        for (ReviewTables.MovementTable table : review.movements()) {
            blocks.add(new Text(Style.SUBHEADING, ++number + ". " + table.name()));
            blocks.add(new Table(List.of(text("review.doc.col.indicator"), text("review.doc.col.total",
                    ReviewText.years(review.from(), review.to())), text("review.doc.col.target"),
                    text("review.doc.col.attainment")), ReviewText.summary(table), 1, List.of(40, 25, 18, 17)));
            blocks.add(new Text(Style.CAPTION, text("review.doc.byYear")));
            blocks.add(new Table(header(text("review.doc.col.indicator"), table.years().stream()
                    .map(String::valueOf).toList()), ReviewText.perYear(table), 1, List.of()));
            blocks.addAll(ReviewChart.of(table));
            if (!table.children().isEmpty()) {
                blocks.add(new Text(Style.CAPTION, text("review.doc.byUnit")));
                blocks.add(new Table(header(text("review.doc.col.unit"), table.indicators().stream()
                        .map(ReviewTables.IndicatorRow::name).toList()), ReviewText.perUnit(table), 1, List.of()));
            }
        }
        return blocks;
    }

    private static List<Block> commendation(AwardTables awards) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Text(Style.PARAGRAPH, text("review.doc.awards.total", Amounts.number(awards.total(), VI),
                Amounts.number(awards.decisions().size(), VI))));
        List<String> years = awards.years().stream().map(String::valueOf).toList();
        if (!awards.byType().isEmpty()) {
            blocks.add(new Text(Style.CAPTION, text("review.doc.awards.byType")));
            blocks.add(new Table(header(text("review.doc.col.awardType"), withTotal(years)), awards.byType().stream()
                    .map(line -> counts(line.name() + " (" + line.level() + ")", line)).toList(), 1, List.of()));
        }
        blocks.add(new Text(Style.CAPTION, text("review.doc.awards.byRecipient")));
        blocks.add(new Table(header(text("review.doc.col.recipient"), withTotal(years)), awards.byRecipient().stream()
                .map(line -> counts(text("review.doc.recipient." + line.key()), line)).toList(), 1, List.of()));
        if (!awards.decisions().isEmpty()) {
            blocks.add(new Text(Style.CAPTION, text("review.doc.decisions")));
            blocks.add(new Table(List.of(text("review.doc.col.number"), text("review.doc.col.date"),
                    text("review.doc.col.issuer"), text("review.doc.col.awardType"), text("review.doc.col.awards")),
                    awards.decisions().stream().map(d -> List.of(d.number(), Formats.date(d.signedOn()),
                            d.issuingUnitName(), d.awardTypeName(), Amounts.number(d.awards(), VI))).toList(), 4,
                    List.of(16, 14, 28, 30, 12)));
        }
        return blocks;
    }

    private static List<Block> reporting(ReviewTables review) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Text(Style.RULE, text("review.doc.reporting.rule", Discipline.GRACE_DAYS)));
        for (int i = 0; i < review.discipline().size(); i++) {
            Discipline discipline = review.discipline().get(i);
            blocks.add(new Text(Style.CAPTION, review.movements().get(i).name()));
            blocks.add(new Table(List.of(text("review.doc.col.period"), text("review.doc.col.expected"),
                    text("review.doc.col.missing"), text("review.doc.col.late")), discipline.periods().stream()
                    .map(p -> List.of(p.periodCode(), Amounts.number(p.expected(), VI), Amounts.number(p.missing(), VI),
                            Amounts.number(p.late(), VI))).toList(), 1, List.of()));
            List<String> named = discipline.lapses().stream().limit(LAPSES_NAMED).map(l -> l.unitName() + " ("
                    + l.unitCode() + ", " + l.periodCode() + ", " + ReviewText.status(l) + ")").toList();
            if (!named.isEmpty()) {
                long more = ReviewText.lapseCount(discipline) - named.size();
                blocks.add(new Text(Style.DETAIL, String.join("; ", named) + (more > 0
                        ? " " + text("review.doc.andMore", Amounts.number(more, VI)) : ".")));
            }
        }
        return blocks;
    }

    private static List<Block> directions(ReviewTables review) {
        List<Block> blocks = narrative(review, ReviewSection.DIRECTIONS);
        if (!review.nextTerm().isEmpty()) {
            blocks.add(new Text(Style.LEAD, text("review.doc.targets", nextTerm(review))));
            review.nextTerm().forEach(t -> blocks.add(new Text(Style.PARAGRAPH, "- " + t.description())));
        }
        return blocks;
    }

    /** A narrative section's paragraphs, or a note that it is not written. */
    private static List<Block> narrative(ReviewTables review, ReviewSection key) {
        List<Block> blocks = new ArrayList<>();
        String text = ReviewText.narrative(review, key);
        if (text == null || text.isBlank()) {
            blocks.add(new Text(Style.UNWRITTEN, text("review.doc.notWritten")));
            return blocks;
        }
        for (String line : text.strip().split("\\R+")) {
            if (!line.isBlank()) {
                blocks.add(new Text(Style.PARAGRAPH, line.strip()));
            }
        }
        return blocks;
    }

    /** The years of the next term: those of its targets, else the term of the same length after the review's. */
    private static String nextTerm(ReviewTables review) {
        return review.nextTerm().isEmpty() ? ReviewText.years(review.to(), review.to() + Math.max(1, review.to()
                - review.from())) : ReviewText.years(review.nextTerm().get(0).yearFrom(),
                review.nextTerm().get(0).yearTo());
    }

    private static List<String> counts(String name, AwardTables.Line line) {
        List<String> cells = new ArrayList<>(List.of(name));
        line.perYear().forEach(count -> cells.add(Amounts.number(count, VI)));
        cells.add(Amounts.number(line.total(), VI));
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

    static String roman(int number) {
        String[] numerals = {"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"};
        return number >= 1 && number <= numerals.length ? numerals[number - 1] : String.valueOf(number);
    }
}
