package vn.thidua.commendation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import vn.thidua.identity.Role;
import vn.thidua.organization.OrgUnit;
import vn.thidua.platform.audit.AuditLog;
import vn.thidua.platform.time.Formats;

/**
 * {@link TransitionFacts} of a stored nomination and its caller. The tally, the eligibility check, the open session
 * and the closed holder's heir cost queries, so they are read only if a row's guard asks (each at most once).
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
    private final NominationRoutes routes;
    private final boolean system;
    private CouncilTally tally;
    private List<Refusal> ineligibility;
    private OrgUnit heir;

    DossierFacts(Nomination nomination, String caller, Set<Role> proposerRoles, Set<Role> holderRoles, String comment,
                 Instant now, Supplier<CouncilTally> tallySource, Supplier<List<Refusal>> eligibilitySource,
                 Supplier<String> sessionSource, NominationRoutes routes) {
        this(nomination, caller, proposerRoles, holderRoles, comment, now, tallySource, eligibilitySource,
                sessionSource, routes, false);
    }

    private DossierFacts(Nomination nomination, String caller, Set<Role> proposerRoles, Set<Role> holderRoles,
                         String comment, Instant now, Supplier<CouncilTally> tallySource,
                         Supplier<List<Refusal>> eligibilitySource, Supplier<String> sessionSource,
                         NominationRoutes routes, boolean system) {
        this.system = system;
        this.routes = routes;
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
    static DossierFacts ofSystem(Nomination nomination, Instant now, NominationRoutes routes) {
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
                noSession, routes, true);
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
    public boolean holderClosed() {
        return NominationRoutes.closedOn(nomination.getCurrentUnit(), today());
    }

    @Override
    public boolean holderHasHeir() {
        if (!holderClosed()) {
            return false;
        }
        if (heir == null) {
            heir = routes.heirOn(nomination.getCurrentUnit(), today());
        }
        return !heir.equals(nomination.getCurrentUnit());
    }

    private LocalDate today() {
        return now.atZone(Formats.ZONE).toLocalDate();
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
