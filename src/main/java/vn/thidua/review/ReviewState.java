package vn.thidua.review;

/** Where a review is: a draft its unit's officers and leaders edit, or approved by a leader and read-only. */
public enum ReviewState {
    DRAFT, APPROVED;

    public String messageKey() {
        return "review.state." + name();
    }
}
