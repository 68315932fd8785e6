package vn.thidua.commendation;

/** Where the caller's role must be held, relative to the nomination, for a row of {@link NominationWorkflow}. */
public enum Relation {
    /** At the unit that proposed the nomination. */
    PROPOSER,
    /** At the unit that holds the nomination now, whatever its level. */
    HOLDER,
    /** At the unit that holds it now, which is below the level that grants the award type. */
    BELOW_GRANTING,
    /** At the unit that holds it now, which is at the level that grants the award type. */
    GRANTOR,
    /**
     * Nobody: the application itself, when a stage's deadline passes or the unit holding the dossier has closed
     * (see {@link TransitionFacts#system()}).
     */
    SYSTEM
}
