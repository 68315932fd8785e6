package vn.thidua.review.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.primefaces.PrimeFaces;
import org.primefaces.model.StreamedContent;
import vn.thidua.commendation.Download;
import vn.thidua.commendation.registry.AwardStatistics;
import vn.thidua.platform.i18n.Amounts;
import vn.thidua.platform.time.Formats;
import vn.thidua.platform.web.FileDownloads;
import vn.thidua.platform.web.PageMessages;
import vn.thidua.result.Discipline;
import vn.thidua.review.AwardTables;
import vn.thidua.review.ReviewActions;
import vn.thidua.review.ReviewSection;
import vn.thidua.review.ReviewService;
import vn.thidua.review.ReviewTables;
import vn.thidua.review.document.ReviewText;

/**
 * One review: its computed tables, the narrative sections edited in place (each saved on its own, on the version
 * last read, keeping what is typed in the others), approval and reopening (with a reason, in a dialog), and the PDF,
 * XLSX and DOCX downloads. Long lists (decisions, units that reported late or not at all) show their first
 * {@value #LISTED} rows; the workbook has them all.
 */
@Named
@ViewScoped
public class ReviewBacking implements Serializable {

    /** How many rows of a long list the page shows. */
    static final int LISTED = 50;

    @Inject
    private ReviewService reviews;

    private Long id;
    private ReviewTables review;
    private ReviewActions actions;
    private final Map<ReviewSection, String> texts = new EnumMap<>(ReviewSection.class);
    private String reopenReason;

    /** Called by f:viewAction once the id parameter is set. */
    public void load() {
        if (id == null) {
            return;
        }
        refresh();
        review.sections().forEach(s -> texts.put(s.key(), s.text()));
    }

    /**
     * Saves one section (the form sends them all, so what was typed in the others stays on the page, unsaved). Only
     * the saved section takes the stored text; a refused save keeps every text as typed, with the reason shown.
     */
    public void save(ReviewSection section) {
        reviews.write(id, review.version(), section, texts.get(section));
        refresh();
        review.sections().stream().filter(s -> s.key() == section).forEach(s -> texts.put(s.key(), s.text()));
        PageMessages.info("review.saved", PageMessages.text(section.messageKey()));
    }

    private void refresh() {
        review = reviews.get(id);
        actions = reviews.actions(id);
    }

    public void approve() {
        reviews.approve(id, review.version());
        load();
        PageMessages.info("review.approved");
    }

    /** Reopens the approved review with the reason typed in the dialog, then shows it as a draft. */
    public void reopen() {
        reviews.reopen(id, review.version(), reopenReason);
        reopenReason = null;
        load();
        PageMessages.info("review.reopened");
        PrimeFaces.current().ajax().update("review", "sections");
        PrimeFaces.current().executeScript("PF('reopenDialog').hide()");
    }

    public StreamedContent getPdf() {
        return file(reviews.pdf(id));
    }

    public StreamedContent getXlsx() {
        return file(reviews.xlsx(id));
    }

    public StreamedContent getDocx() {
        return file(reviews.docx(id));
    }

    private static StreamedContent file(Download download) {
        return FileDownloads.of(download.fileName(), download.mediaType(), download.content());
    }

    public String value(ReviewTables.IndicatorRow row, ReviewTables.Cell cell) {
        return ReviewText.value(row.kind(), row.unitOfMeasure(), cell, PageMessages.locale());
    }

    public String total(ReviewTables.IndicatorRow row) {
        return value(row, new ReviewTables.Cell(row.value(), row.numerator(), row.denominator()));
    }

    public String target(ReviewTables.IndicatorRow row) {
        return ReviewText.target(row.kind(), row.unitOfMeasure(), row.target(), PageMessages.locale());
    }

    public String percent(BigDecimal value) {
        return Amounts.percent(value, PageMessages.locale());
    }

    public String number(long value) {
        return Amounts.number(value, PageMessages.locale());
    }

    public String indicatorName(ReviewTables.IndicatorRow row) {
        return "en".equals(PageMessages.locale().getLanguage()) && row.nameEn() != null ? row.nameEn() : row.name();
    }

    public String unitName(ReviewTables.ChildRow child) {
        return child.unitCode() == null ? PageMessages.text("review.doc.unitsClosed")
                : child.unitName() + " (" + child.unitCode() + ")";
    }

    public String date(java.time.Instant instant) {
        return Formats.dateTime(instant);
    }

    public String day(LocalDate date) {
        return Formats.date(date);
    }

    public String recipient(AwardTables.Line line) {
        return PageMessages.text("review.doc.recipient." + line.key());
    }

    public List<AwardStatistics.IssuedDecision> getDecisions() {
        List<AwardStatistics.IssuedDecision> decisions = review.commendations().decisions();
        return decisions.subList(0, Math.min(LISTED, decisions.size()));
    }

    public int getMoreDecisions() {
        return review.commendations().decisions().size() - getDecisions().size();
    }

    /** The first units of a movement that reported late or not at all. */
    public List<Discipline.Lapse> lapses(Discipline discipline) {
        return discipline.lapses().subList(0, Math.min(LISTED, discipline.lapses().size()));
    }

    /** How many reports sent late or not at all the page does not name. */
    public long moreLapses(Discipline discipline) {
        return ReviewText.lapseCount(discipline) - lapses(discipline).size();
    }

    public String status(Discipline.Lapse lapse) {
        return PageMessages.text(lapse.late() ? "review.doc.late" : "review.doc.missing");
    }

    public int getGraceDays() {
        return Discipline.GRACE_DAYS;
    }

    public List<ReviewSection> getSections() {
        return List.of(ReviewSection.values());
    }

    public String getTitle() {
        return review == null ? PageMessages.text("review.title")
                : PageMessages.text("review.one", review.unitName(), review.from() + "–" + review.to());
    }

    public ReviewTables getReview() {
        return review;
    }

    public ReviewActions getActions() {
        return actions;
    }

    public String getReopenReason() {
        return reopenReason;
    }

    public void setReopenReason(String reopenReason) {
        this.reopenReason = reopenReason;
    }

    public Map<ReviewSection, String> getTexts() {
        return texts;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }
}
