package vn.thidua.commendation;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import vn.thidua.identity.Role;

/**
 * {@link TransitionFacts} of a stored nomination and its caller. The tally and the eligibility check cost queries,
 * so they are read only if a row's guard asks, and once.
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
    private CouncilTally tally;
    private List<Refusal> ineligibility;

    DossierFacts(Nomination nomination, String caller, Set<Role> proposerRoles, Set<Role> holderRoles, String comment,
                 Instant now, Supplier<CouncilTally> tallySource, Supplier<List<Refusal>> eligibilitySource) {
        this.nomination = nomination;
        this.caller = caller;
        this.proposerRoles = proposerRoles;
        this.holderRoles = holderRoles;
        this.comment = comment;
        this.now = now;
        this.tallySource = tallySource;
        this.eligibilitySource = eligibilitySource;
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
    public Instant commentUntil() {
        return nomination.getCommentUntil();
    }

    @Override
    public Instant now() {
        return now;
    }

    @Override
    public boolean callerDraftedOrChanged() {
        return nomination.draftedOrChangedBy(caller);
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
