package vn.thidua.commendation;

import java.util.Optional;
import java.util.function.Function;

/** A condition on a row of {@link NominationWorkflow}, with the reason given when it does not hold. */
public enum Guard {
    COMPLETE(f -> f.complete() ? none() : refuse("nomination.guard.incomplete")),
    ELIGIBLE(f -> f.ineligibility().stream().findFirst()),
    REASON_GIVEN(f -> f.comment() == null || f.comment().isBlank() ? refuse("nomination.guard.reasonRequired")
            : none()),
    COUNCIL_VOTES(f -> f.councilVotes() ? none() : refuse("nomination.guard.noCouncilVote")),
    NO_COUNCIL_VOTE(f -> f.councilVotes() ? refuse("nomination.guard.councilVoteFirst") : none()),
    PUBLIC_COMMENT(f -> f.publicComment() ? none() : refuse("nomination.guard.noPublicComment")),
    NO_PUBLIC_COMMENT(f -> f.publicComment() ? refuse("nomination.guard.publicCommentFirst") : none()),
    VOTE_PASSED(f -> f.tally().passed() ? none() : refuse("nomination.guard.voteNotPassed", f.tally().agree(),
            f.tally().members(), f.tally().threshold())),
    COMMENT_CLOSED(f -> f.commentUntil() != null && !f.now().isBefore(f.commentUntil()) ? none()
            : refuse("nomination.guard.commentOpen", f.commentUntil())),
    /**
     * A dossier on the agenda of an open council session stays before the council until it is taken off the agenda
     * or the session closes: its ballots and result belong to this stage, not to a resubmission.
     */
    NOT_IN_OPEN_SESSION(f -> f.openSession() == null ? none() : refuse("nomination.guard.inOpenSession",
            f.openSession())),
    /** A dossier is handed over only when the unit holding it has closed (a reform ended it). */
    HOLDER_CLOSED(f -> f.holderClosed() ? none() : refuse("nomination.guard.holderOpen")),
    /** The unit that took over the closed holder's history takes its dossiers over. */
    HEIR(f -> f.holderHasHeir() ? none() : refuse("nomination.guard.noHeir")),
    /** A closed holder's dossiers go up only when no unit took over its history. */
    NO_HEIR(f -> f.holderHasHeir() ? refuse("nomination.guard.heir") : none()),
    /** Separation of duties: who drafted or last changed a dossier does not approve or decide it. */
    NOT_DRAFTER(f -> f.callerDraftedOrChanged() ? refuse("nomination.guard.separationOfDuties") : none());

    private final Function<TransitionFacts, Optional<Refusal>> check;

    Guard(Function<TransitionFacts, Optional<Refusal>> check) {
        this.check = check;
    }

    /** Empty when the guard holds; otherwise why not. */
    public Optional<Refusal> check(TransitionFacts facts) {
        return check.apply(facts);
    }

    private static Optional<Refusal> none() {
        return Optional.empty();
    }

    private static Optional<Refusal> refuse(String key, Object... arguments) {
        return Optional.of(Refusal.of(key, arguments));
    }
}
