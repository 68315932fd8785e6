package vn.thidua.review;

/**
 * The narrative sections officers write, in the order of a review report: achievements, shortcomings and their
 * causes, lessons learnt, directions for the next term.
 */
public enum ReviewSection {
    ACHIEVEMENTS, SHORTCOMINGS, LESSONS, DIRECTIONS;

    /** The longest text a section keeps (the column's size). */
    public static final int MAX_LENGTH = 20_000;

    public String messageKey() {
        return "review.section." + name();
    }
}
