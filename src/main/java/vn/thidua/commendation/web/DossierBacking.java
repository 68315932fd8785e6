package vn.thidua.commendation.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import vn.thidua.commendation.Guard;
import vn.thidua.commendation.NominationAction;
import vn.thidua.commendation.NominationService;
import vn.thidua.commendation.NominationView;
import vn.thidua.commendation.NominationWorkflow;
import vn.thidua.commendation.Refusal;
import vn.thidua.platform.time.Formats;
import vn.thidua.platform.web.PageMessages;

/**
 * A nomination dossier (id from the address): what it is, where it stands, its history, and the steps the caller
 * may take now, as the service reads them from {@link NominationWorkflow}. A step whose row asks for a reason is
 * taken from a dialog; a step into a final state is confirmed first. Its files come from
 * {@link NominationFilesBacking}.
 */
@Named
@ViewScoped
public class DossierBacking implements Serializable {

    @Inject
    private NominationService nominations;

    private Long id;
    private NominationView view;
    private List<String> ineligibility;
    private List<NominationWorkflow.Option> options;
    private NominationAction pending;
    private String comment;

    /** Called by f:viewAction once the id is set. */
    public void load() {
        if (id != null) {
            show(nominations.get(id));
        }
    }

    private void show(NominationView read) {
        view = read;
        ineligibility = null;
        options = null;
    }

    /** Takes a step on the version the page shows: if someone changed the dossier since, the service says so. */
    public void act(NominationAction action) {
        show(nominations.act(id, action.name(), view.version(), comment));
        PageMessages.info("dossier.action.done", PageMessages.text(action.messageKey()),
                PageMessages.text(view.state().messageKey()));
        pending = null;
        comment = null;
    }

    /** Opens the reason dialog for a step that needs one. */
    public void ask(NominationAction action) {
        pending = action;
        comment = null;
    }

    public void actPending() {
        act(pending);
    }

    /** Reads the dossier again, e.g. after someone else changed it. */
    public void reload() {
        show(nominations.get(id));
    }

    /** The steps the caller's roles allow now, open or with the reason they cannot be taken yet. */
    public List<NominationWorkflow.Option> getOptions() {
        if (options == null) {
            options = view == null ? List.of() : nominations.options(id);
        }
        return options;
    }

    public List<NominationWorkflow.Option> getOpenOptions() {
        return getOptions().stream().filter(NominationWorkflow.Option::open).toList();
    }

    public List<NominationWorkflow.Option> getClosedOptions() {
        return getOptions().stream().filter(o -> !o.open()).toList();
    }

    /** Why a step cannot be taken yet, in the page's language. */
    public String reason(NominationWorkflow.Option option) {
        return text(option.refusal());
    }

    /** Whether the table's row for the step asks for a reason (return, reject). */
    public boolean needsReason(NominationAction action) {
        return row(action).map(r -> r.guards().contains(Guard.REASON_GIVEN)).orElse(false);
    }

    /** Whether the step leads to a final state, which no one can undo. */
    public boolean irreversible(NominationAction action) {
        return row(action).map(r -> r.to().isFinal()).orElse(false);
    }

    /** Whether the proposer may change the dossier's content: it is a draft or returned and they may submit it. */
    public boolean isEditable() {
        return view != null && view.state().isEditable() && view.actions().contains(NominationAction.SUBMIT);
    }

    /**
     * Why the nominee may not receive the award, when a step the caller may take checks eligibility (submitting,
     * deciding): the same reasons the step would be refused with.
     */
    public List<String> getIneligibility() {
        if (ineligibility == null) {
            boolean checked = getOptions().stream().map(NominationWorkflow.Option::action)
                    .anyMatch(a -> row(a).map(r -> r.guards().contains(Guard.ELIGIBLE)).orElse(false));
            ineligibility = !checked ? List.of() : nominations.ineligibility(id).stream()
                    .map(DossierBacking::text).toList();
        }
        return ineligibility;
    }

    private static String text(Refusal refusal) {
        return PageMessages.text(refusal.key(), refusal.arguments().toArray());
    }

    private Optional<NominationWorkflow.Row> row(NominationAction action) {
        return view == null ? Optional.empty() : NominationWorkflow.find(view.state(), action);
    }

    public String when(Instant at) {
        return Formats.dateTime(at);
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public NominationView getView() {
        return view;
    }

    public NominationAction getPending() {
        return pending;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }
}
