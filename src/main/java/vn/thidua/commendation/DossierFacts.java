package vn.thidua.commendation;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import vn.thidua.identity.Role;
import vn.thidua.platform.audit.AuditLog;

/**
 * {@link TransitionFacts} of a stored nomination and its caller. The tally, the eligibility check and the open
 * session cost queries, so they are read only if a row's guard asks (the tally and eligibility once).
 */
final class DossierFacts implements TransitionFacts {

    private final Nomination nomination;
    private final String caller;
    private final Set<Role> proposerRoles;
    private final Set<Role> holderRoles;
    private final String comment;
    private final Instant now;
    private final Supplier<CouncilTally> tallySource;
    private final Supplier<List<Refusal>> eligibilitySource;
    private final Supplier<String> sessionSource;
    private final boolean system;
    private CouncilTally tally;
    private List<Refusal> ineligibility;

    DossierFacts(Nomination nomination, String caller, Set<Role> proposerRoles, Set<Role> holderRoles, String comment,
                 Instant now, Supplier<CouncilTally> tallySource, Supplier<List<Refusal>> eligibilitySource,
                 Supplier<String> sessionSource) {
        this(nomination, caller, proposerRoles, holderRoles, comment, now, tallySource, eligibilitySource,
                sessionSource, false);
    }

    private DossierFacts(Nomination nomination, String caller, Set<Role> proposerRoles, Set<Role> holderRoles,
                         String comment, Instant now, Supplier<CouncilTally> tallySource,
                         Supplier<List<Refusal>> eligibilitySource, Supplier<String> sessionSource, boolean system) {
        this.system = system;
        this.nomination = nomination;
        this.caller = caller;
        this.proposerRoles = proposerRoles;
        this.holderRoles = holderRoles;
        this.comment = comment;
        this.now = now;
        this.tallySource = tallySource;
        this.eligibilitySource = eligibilitySource;
        this.sessionSource = sessionSource;
    }

    /**
     * The facts of a step the application takes by itself ({@link SystemSteps}): no caller, no role anywhere, no
     * comment; its rows ask for neither the council's tally, nor eligibility, nor the council's sessions.
     */
    static DossierFacts ofSystem(Nomination nomination, Instant now) {
        Supplier<CouncilTally> noTally = () -> {
            throw new IllegalStateException("no step of the application depends on the council's vote");
        };
        Supplier<List<Refusal>> noEligibility = () -> {
            throw new IllegalStateException("no step of the application checks eligibility");
        };
        Supplier<String> noSession = () -> {
            throw new IllegalStateException("no step of the application depends on the council's sessions");
        };
        return new DossierFacts(nomination, AuditLog.SYSTEM, Set.of(), Set.of(), null, now, noTally, noEligibility,
                noSession, true);
    }

    @Override
    public boolean system() {
        return system;
    }

    /** Whether the caller holds a role that may act on the dossier at all: officer or leader where it is or began. */
    boolean mayAct() {
        return NominationWorkflow.DRAFTERS.stream().anyMatch(r -> proposerRoles.contains(r) || holderRoles.contains(r));
    }

    @Override
    public Set<Role> proposerRoles() {
        return proposerRoles;
    }

    @Override
    public Set<Role> holderRoles() {
        return holderRoles;
    }

    @Override
    public boolean atGrantingUnit() {
        return NominationRoutes.grants(nomination.getCurrentUnit(), nomination.getAwardType());
    }

    @Override
    public boolean councilVotes() {
        return nomination.getAwardType().isCouncilVote();
    }

    @Override
    public boolean publicComment() {
        return nomination.getAwardType().isPublicComment();
    }

    @Override
    public CouncilTally tally() {
        if (tally == null) {
            tally = tallySource.get();
        }
        return tally;
    }

    @Override
    public String openSession() {
        return nomination.getState() == NominationState.COUNCIL_VOTE ? sessionSource.get() : null;
    }

    @Override
    public Instant commentUntil() {
        return nomination.getCommentUntil();
    }

    @Override
    public Instant now() {
        return now;
    }

    @Override
    public boolean callerDraftedOrChanged() {
        return !system && nomination.draftedOrChangedBy(caller);
    }

    @Override
    public boolean complete() {
        return nomination.isComplete();
    }

    @Override
    public String comment() {
        return comment;
    }

    @Override
    public List<Refusal> ineligibility() {
        if (ineligibility == null) {
            ineligibility = eligibilitySource.get();
        }
        return ineligibility;
    }
}
