package vn.thidua.commendation.comment;

import java.time.Instant;
import java.util.List;

/** What the public comment page and API show. */
public final class CommentViews {

    private CommentViews() {
    }

    /** A comment; {@code mine}: written by the reader. */
    public record Comment(long id, String author, String authorName, String text, Instant createdAt, boolean mine) {
    }

    /**
     * A nominee published for comment: who, for what, proposed by whom, the achievement summary, until when comments
     * are taken ({@code open} while they are), and how many comments the reader can see.
     */
    public record Published(long nominationId, String nomineeName, String nomineeKind, String jobTitle,
                            String proposingUnitName, String awardType, String awardTypeName, String movementName,
                            int yearFrom, int yearTo, String summary, Instant commentUntil, boolean open,
                            boolean allComments) {
    }

    /** The comments on a nomination the reader may see: all of them for the granting unit's staff, else their own. */
    public record Comments(long nominationId, boolean all, List<Comment> items) {
    }
}
