package vn.thidua.commendation;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import vn.thidua.identity.Role;

/**
 * What {@link NominationWorkflow} needs to know to decide one step. The service reads it from the database (the
 * costly parts only when a row asks for them); tests make it up.
 */
public interface TransitionFacts {

    /** The caller's roles held today at the proposing unit. */
    Set<Role> proposerRoles();

    /** The caller's roles held today at the unit that holds the nomination now. */
    Set<Role> holderRoles();

    /** Whether the unit holding the nomination is at the level that grants its award type. */
    boolean atGrantingUnit();

    /** Whether the award type goes to the council's vote. */
    boolean councilVotes();

    /** Whether the award type goes to public comment. */
    boolean publicComment();

    /** The council's votes so far. */
    CouncilTally tally();

    /** The title of the open council session that has the dossier on its agenda; null when none has. */
    String openSession();

    /** When public comment ends (null when it was never opened). */
    Instant commentUntil();

    Instant now();

    /** Whether the caller drafted the dossier or was the last to change it (separation of duties). */
    boolean callerDraftedOrChanged();

    /** Whether the dossier has what a submission needs (an achievement summary). */
    boolean complete();

    /** The comment given with the action (the reason of a return or rejection). */
    String comment();

    /** Why the nominee may not receive the award; empty when eligible. */
    List<Refusal> ineligibility();

    /** Whether the unit holding the nomination has closed by today (in a reform): nobody holds a role there. */
    boolean holderClosed();

    /** Whether another unit took over the history of the closed unit holding the nomination (its heir). */
    boolean holderHasHeir();

    /** Whether the step is taken by the application itself (a deadline passed), not by a user. */
    default boolean system() {
        return false;
    }
}
