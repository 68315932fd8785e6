package vn.thidua.commendation.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.primefaces.event.FileUploadEvent;
import vn.thidua.commendation.BatchForm;
import vn.thidua.commendation.BatchImport;
import vn.thidua.commendation.BatchImportService;
import vn.thidua.commendation.BatchService;
import vn.thidua.commendation.BatchSubmission;
import vn.thidua.commendation.BatchView;
import vn.thidua.commendation.DossierLine;
import vn.thidua.platform.time.Formats;
import vn.thidua.platform.web.PageMessages;

/**
 * One submission batch (id from the address): its cover letter, its nominations and those that could join it, the
 * import of a list of nominees from Excel (a report by row; nothing saved when a row is wrong), and sending it up
 * (every nomination takes its step, or none does and each refusal is listed).
 */
@Named
@ViewScoped
public class BatchBacking implements Serializable {

    @Inject
    private BatchService batches;

    @Inject
    private BatchImportService imports;

    private Long id;
    private BatchView view;
    private List<DossierLine> candidates = List.of();
    private String letterNumber;
    private LocalDate letterDate;
    private String coverLetter;
    private List<String> problems = List.of();
    private String outcome;

    /** Called by f:viewAction once the id is set. */
    public void load() {
        if (id != null) {
            show(batches.get(id));
        }
    }

    private void show(BatchView batch) {
        view = batch;
        letterNumber = batch.letterNumber();
        letterDate = batch.letterDate() == null ? Formats.today() : batch.letterDate();
        coverLetter = batch.coverLetter();
        candidates = batch.mayChange() ? batches.candidates(batch.id()) : List.of();
    }

    public void saveLetter() {
        show(batches.update(id, new BatchForm(view.version(), null, letterNumber, letterDate, coverLetter, null)));
        PageMessages.info("batch.saved");
    }

    public void add(DossierLine nomination) {
        List<Long> ids = new ArrayList<>(view.items().stream().map(BatchView.Item::id).toList());
        ids.add(nomination.id());
        change(ids);
    }

    public void remove(BatchView.Item item) {
        change(view.items().stream().map(BatchView.Item::id).filter(i -> i != item.id()).toList());
    }

    private void change(List<Long> ids) {
        show(batches.update(id, new BatchForm(view.version(), null, view.letterNumber(), view.letterDate(),
                view.coverLetter(), ids)));
    }

    public void upload(FileUploadEvent event) {
        BatchImport result = imports.importInto(id, event.getFile().getContent());
        problems = result.problems().stream().map(p -> p.message(PageMessages.locale())).toList();
        outcome = result.ok() ? PageMessages.text("batch.import.done", result.created(), result.rows())
                : PageMessages.text("batch.import.problems", result.rows(), result.problems().size());
        load();
    }

    /** Saves the letter as typed, then sends the batch. */
    public void submit() {
        saveLetter();
        BatchSubmission sent = batches.submit(id, view.version());
        if (sent.ok()) {
            show(sent.batch());
            problems = List.of();
            outcome = PageMessages.text("batch.sent.done", sent.items());
        } else {
            problems = sent.refusals().stream().map(r -> r.message(PageMessages.locale())).toList();
            outcome = PageMessages.text("batch.submit.rejected", sent.refusals().size());
            load();
        }
    }

    public String date(LocalDate date) {
        return Formats.date(date);
    }

    public String when(java.time.Instant at) {
        return Formats.dateTime(at);
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public BatchView getView() {
        return view;
    }

    public List<DossierLine> getCandidates() {
        return candidates;
    }

    public String getLetterNumber() {
        return letterNumber;
    }

    public void setLetterNumber(String letterNumber) {
        this.letterNumber = letterNumber;
    }

    public LocalDate getLetterDate() {
        return letterDate;
    }

    public void setLetterDate(LocalDate letterDate) {
        this.letterDate = letterDate;
    }

    public String getCoverLetter() {
        return coverLetter;
    }

    public void setCoverLetter(String coverLetter) {
        this.coverLetter = coverLetter;
    }

    public List<String> getProblems() {
        return problems;
    }

    public String getOutcome() {
        return outcome;
    }
}
