package vn.thidua.review;

/**
 * What the caller may do with a review now: write its narrative, approve it, set the next term's targets, reopen it
 * to draft.
 */
public record ReviewActions(boolean write, boolean approve, boolean setTargets, boolean reopen) {
}
