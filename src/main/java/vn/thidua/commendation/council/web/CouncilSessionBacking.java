package vn.thidua.commendation.council.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.thidua.commendation.AwardTypeService;
import vn.thidua.commendation.AwardTypeView;
import vn.thidua.commendation.NominationAction;
import vn.thidua.commendation.NominationService;
import vn.thidua.commendation.NominationState;
import vn.thidua.commendation.NominationView;
import vn.thidua.commendation.council.CouncilSessionService;
import vn.thidua.commendation.council.CouncilViews;
import vn.thidua.commendation.council.SessionStatus;
import vn.thidua.commendation.council.VoteChoice;
import vn.thidua.commendation.council.VotingService;
import vn.thidua.platform.i18n.Messages;
import vn.thidua.platform.time.Formats;
import vn.thidua.platform.web.PageMessages;

/**
 * A council session's page: the agenda with, for each dossier, how many have voted and who (never how), the vote
 * buttons of a member who has not voted, the result once closed and the leader's next step through the transition
 * table; for the unit's staff the agenda and the closing, for the secretary the written votes.
 */
@Named
@ViewScoped
public class CouncilSessionBacking implements Serializable {

    @Inject
    private CouncilSessionService sessions;

    @Inject
    private VotingService voting;

    @Inject
    private NominationService nominations;

    @Inject
    private AwardTypeService awardTypes;

    private long id;
    private CouncilViews.Session view;
    private List<CouncilViews.Candidate> candidates = List.of();
    private final Map<Long, NominationView> dossiers = new HashMap<>();
    private Long candidate;
    private String minutes;
    private Long writtenNomination;
    private Long writtenMember;
    private String writtenChoice;

    /** Called by f:viewAction once the id parameter is set. */
    public void load() {
        show(sessions.get(id));
    }

    private void show(CouncilViews.Session session) {
        view = session;
        boolean open = session.status() == SessionStatus.OPEN;
        candidates = open && session.manage() ? sessions.candidates(id) : List.of();
        dossiers.clear();
        if (!open) {
            session.items().stream().filter(i -> i.state() == NominationState.COUNCIL_VOTE)
                    .forEach(i -> dossiers.put(i.nominationId(), nominations.get(i.nominationId())));
        }
    }

    /** The member's vote; the page answers the same whichever the choice. */
    public void vote(CouncilViews.AgendaItem item, VoteChoice choice) {
        voting.vote(item.nominationId(), choice.name());
        show(sessions.get(id));
        PageMessages.info("council.vote.recorded", item.nomineeName());
    }

    public void addItem() {
        show(sessions.addItem(id, candidate));
        candidate = null;
        PageMessages.info("council.agenda.added");
    }

    public void removeItem(CouncilViews.AgendaItem item) {
        show(sessions.removeItem(id, item.nominationId()));
        PageMessages.info("council.agenda.removed", item.nomineeName());
    }

    public void recordWritten() {
        CouncilViews.Session after = voting.recordWritten(id, new VotingService.WrittenVote(writtenNomination,
                writtenMember, writtenChoice));
        writtenNomination = null;
        writtenMember = null;
        writtenChoice = null;
        show(after);
        PageMessages.info("council.written.recorded");
    }

    public void close() {
        show(sessions.close(id, view.version(), minutes));
        PageMessages.info("council.session.closedNow");
    }

    /**
     * The leader's next step for a dossier of the closed session, as the transition table offers it: after a
     * passed vote, public comment or approval (as the award type says); after a failed one, rejection.
     */
    public List<NominationAction> nextSteps(CouncilViews.AgendaItem item) {
        NominationView dossier = dossiers.get(item.nominationId());
        if (dossier == null || item.result() == null) {
            return List.of();
        }
        Set<NominationAction> wanted = !item.result().passed() ? Set.of(NominationAction.REJECT)
                : Set.of(publicComment(dossier.awardType()) ? NominationAction.PUBLISH : NominationAction.APPROVE);
        return dossier.actions().stream().filter(wanted::contains).toList();
    }

    public void step(CouncilViews.AgendaItem item, NominationAction action) {
        NominationView dossier = dossiers.get(item.nominationId());
        String reason = action == NominationAction.REJECT ? Messages.format(Messages.VIETNAMESE,
                "council.result.rejectReason", item.result().agree(), item.result().members()) : null;
        nominations.act(item.nominationId(), action.name(), dossier.version(), reason);
        show(sessions.get(id));
        PageMessages.info("council.step.done", item.nomineeName());
    }

    /** The agree votes as a share of all members, e.g. "60%". */
    public String share(CouncilViews.Result result) {
        if (result.members() == 0) {
            return "0%";
        }
        return BigDecimal.valueOf(result.agree() * 100L).divide(BigDecimal.valueOf(result.members()), 0,
                RoundingMode.HALF_UP) + "%";
    }

    /** The threshold as a percentage, e.g. "50%". */
    public String percent(BigDecimal threshold) {
        return threshold == null ? "" : threshold.movePointRight(2).stripTrailingZeros().toPlainString() + "%";
    }

    private boolean publicComment(String awardType) {
        return awardTypes.list().stream().filter(t -> t.code().equals(awardType))
                .anyMatch(AwardTypeView::publicComment);
    }

    public boolean isOpen() {
        return view != null && view.status() == SessionStatus.OPEN;
    }

    public String minutesLink() {
        return "/api/council-sessions/" + id + "/minutes";
    }

    public VoteChoice[] getChoices() {
        return VoteChoice.values();
    }

    /** The items still awaiting votes, for the secretary's form. */
    public List<CouncilViews.AgendaItem> getVotingItems() {
        return view.items().stream().filter(i -> i.state() == NominationState.COUNCIL_VOTE).toList();
    }

    /** A date as users read it, dd/MM/yyyy. */
    public String date(LocalDate day) {
        return Formats.date(day);
    }

    public long getId() {
        return id;
    }

    public void setId(long id) {
        this.id = id;
    }

    public CouncilViews.Session getView() {
        return view;
    }

    public List<CouncilViews.Candidate> getCandidates() {
        return candidates;
    }

    public Long getCandidate() {
        return candidate;
    }

    public void setCandidate(Long candidate) {
        this.candidate = candidate;
    }

    public String getMinutes() {
        return minutes;
    }

    public void setMinutes(String minutes) {
        this.minutes = minutes;
    }

    public Long getWrittenNomination() {
        return writtenNomination;
    }

    public void setWrittenNomination(Long writtenNomination) {
        this.writtenNomination = writtenNomination;
    }

    public Long getWrittenMember() {
        return writtenMember;
    }

    public void setWrittenMember(Long writtenMember) {
        this.writtenMember = writtenMember;
    }

    public String getWrittenChoice() {
        return writtenChoice;
    }

    public void setWrittenChoice(String writtenChoice) {
        this.writtenChoice = writtenChoice;
    }
}
