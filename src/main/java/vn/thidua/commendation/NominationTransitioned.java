package vn.thidua.commendation;

/**
 * Fired (synchronously, inside the transaction) after each step of a nomination's review chain, once the step and
 * its history row are written: observers react in the same transaction (notifications, deadlines…), and what they
 * hand on to after the commit (e-mail) does not leave if the step rolls back.
 */
public record NominationTransitioned(Nomination nomination, NominationAction action, NominationState from,
                                     NominationState to, String actor) {
}
