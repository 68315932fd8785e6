package vn.thidua.commendation;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import vn.thidua.identity.Role;

/**
 * What people are told when a nomination reaches a state, and who: a dossier that arrives at a unit is announced to
 * those the transition table lets act on it there next (its officers, who receive it); a returned one to the
 * proposing unit's officers and leaders, who supplement and resubmit it; one that needs a vote to the council
 * members of the unit that holds it; a decision or rejection to the proposing unit's officers and leaders.
 * Other steps are seen on the dossier itself.
 */
public enum NominationNotice {
    ARRIVED, RETURNED, VOTE_NEEDED, DECIDED, REJECTED;

    public static Optional<NominationNotice> after(NominationState to) {
        return Optional.ofNullable(switch (to) {
            case SUBMITTED, FORWARDED -> ARRIVED;
            case RETURNED -> RETURNED;
            case COUNCIL_VOTE -> VOTE_NEEDED;
            case DECIDED -> DECIDED;
            case REJECTED -> REJECTED;
            default -> null;
        });
    }

    /** Whether the people told are at the unit that holds the dossier now (else at the proposing unit). */
    public boolean atHolder() {
        return this == ARRIVED || this == VOTE_NEEDED;
    }

    /** Whether the people told are the council members of the holding unit (not holders of a role). */
    public boolean toCouncil() {
        return this == VOTE_NEEDED;
    }

    /** The roles told, for a dossier now in {@code state}; none for the council (membership, not a role). */
    public Set<Role> roles(NominationState state) {
        return switch (this) {
            case ARRIVED -> nextActors(state, false);
            case RETURNED -> nextActors(state, true);
            case DECIDED, REJECTED -> NominationWorkflow.DRAFTERS;
            case VOTE_NEEDED -> Set.of();
        };
    }

    public String messageKey() {
        return "notice.nomination." + name();
    }

    /** The roles of the table's rows from {@code state}, taken by the proposer or else by the holding unit. */
    private static Set<Role> nextActors(NominationState state, boolean proposer) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        NominationWorkflow.TABLE.stream()
                .filter(row -> row.from() == state && (row.relation() == Relation.PROPOSER) == proposer)
                .forEach(row -> roles.addAll(row.roles()));
        return roles;
    }
}
