package vn.thidua.commendation.comment.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.thidua.commendation.comment.CommentViews;
import vn.thidua.commendation.comment.PublicCommentService;
import vn.thidua.platform.time.Formats;
import vn.thidua.platform.web.PageMessages;

/**
 * The public comment page: the nominees published to the user, each with its comment box while the period is open
 * and the comments the user may read (their own; all of them, with authors, for the granting unit's staff).
 */
@Named
@ViewScoped
public class PublicCommentBacking implements Serializable {

    @Inject
    private PublicCommentService service;

    private List<CommentViews.Published> published = List.of();
    private final Map<Long, CommentViews.Comments> comments = new HashMap<>();
    private final Map<Long, String> drafts = new HashMap<>();

    public void load() {
        published = service.published();
        comments.clear();
        published.forEach(p -> comments.put(p.nominationId(), service.comments(p.nominationId())));
    }

    public void send(CommentViews.Published nominee) {
        service.add(nominee.nominationId(), drafts.get(nominee.nominationId()));
        drafts.remove(nominee.nominationId());
        comments.put(nominee.nominationId(), service.comments(nominee.nominationId()));
        PageMessages.info("publicComment.sent", nominee.nomineeName());
    }

    public CommentViews.Comments commentsOn(CommentViews.Published nominee) {
        return comments.get(nominee.nominationId());
    }

    /** A moment as users read it, dd/MM/yyyy HH:mm (Vietnam time). */
    public String time(Instant instant) {
        return Formats.dateTime(instant);
    }

    public List<CommentViews.Published> getPublished() {
        return published;
    }

    public Map<Long, String> getDrafts() {
        return drafts;
    }
}
