package vn.thidua.commendation;

import java.util.Optional;

/**
 * The step a batch of a unit takes with one of its nominations when it is sent up: the proposing unit submits the
 * draft or returned dossier it holds (one returned after its proposer was merged is held by the unit that took over);
 * a unit below the granting level forwards one it holds and has appraised. Whether the sender's role allows the step,
 * and its guards, is for {@link NominationWorkflow} to say when it is taken.
 */
final class BatchStep {

    private BatchStep() {
    }

    static Optional<NominationAction> of(Nomination nomination, long fromUnitId) {
        if (nomination.getCurrentUnit().getId() == fromUnitId && nomination.getState().isEditable()) {
            return Optional.of(NominationAction.SUBMIT);
        }
        if (nomination.getCurrentUnit().getId() == fromUnitId
                && nomination.getState() == NominationState.APPRAISED
                && !NominationRoutes.grants(nomination.getCurrentUnit(), nomination.getAwardType())) {
            return Optional.of(NominationAction.FORWARD);
        }
        return Optional.empty();
    }
}
