package vn.thidua.commendation.comment.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import vn.thidua.commendation.comment.CommentViews;
import vn.thidua.commendation.comment.PublicCommentService;

/**
 * /api/nominations/{id}/comments: the public comments on a nomination that the caller may read (all of them, with
 * authors, for the granting unit's officers and leaders; otherwise the caller's own), and a new one while the
 * comment period is open.
 */
@Path("nominations/{id}/comments")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CommentsResource {

    /** {@code text}: the comment. */
    public record NewComment(String text) {
    }

    @Inject
    private PublicCommentService comments;

    @GET
    public CommentViews.Comments list(@PathParam("id") long id) {
        return comments.comments(id);
    }

    @POST
    public Response add(@PathParam("id") long id, NewComment comment) {
        return Response.status(Response.Status.CREATED)
                .entity(comments.add(id, comment == null ? null : comment.text())).build();
    }
}
