package vn.thidua.commendation;

/** Where a transition sends the nomination: which unit holds it afterwards. */
public enum Move {
    /** It stays where it is. */
    STAY,
    /** To the first level that reviews it: the proposing unit's parent (the unit itself if it grants the award). */
    FIRST_REVIEWER,
    /** To the parent of the unit holding it. */
    PARENT,
    /** Back to the proposing unit. */
    PROPOSER,
    /** To the unit that took over the history of the closed unit holding it ({@link NominationRoutes#heirOn}). */
    HEIR,
    /** To the unit above the closed unit holding it, on the closed unit's last day. */
    PARENT_ON_LAST_DAY
}
