package vn.thidua.commendation.comment.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import vn.thidua.commendation.comment.CommentViews;
import vn.thidua.commendation.comment.PublicCommentService;

/** /api/public-comment: the nominees published for comment to the caller (their unit is at or below the grantor's). */
@Path("public-comment")
@Produces(MediaType.APPLICATION_JSON)
public class PublishedResource {

    @Inject
    private PublicCommentService comments;

    @GET
    public List<CommentViews.Published> published() {
        return comments.published();
    }
}
