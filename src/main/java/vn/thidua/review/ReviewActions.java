package vn.thidua.review;

/** What the caller may do with a review now: write its narrative, approve it, set the next term's targets. */
public record ReviewActions(boolean write, boolean approve, boolean setTargets) {
}
