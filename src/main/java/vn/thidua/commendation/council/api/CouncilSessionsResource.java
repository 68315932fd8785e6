package vn.thidua.commendation.council.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import vn.thidua.commendation.council.CouncilSessionService;
import vn.thidua.commendation.council.CouncilViews;
import vn.thidua.commendation.council.VotingService;

/**
 * /api/council-sessions: a unit's council sessions ({@code unit} code, {@code asOf} yyyy-MM-dd), one session with
 * its agenda (counts only once closed), a new session, agenda items added and removed, an absent member's written
 * vote (the secretary), closing, and the minutes as a PDF once closed.
 */
@Path("council-sessions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CouncilSessionsResource {

    /** {@code nominationId}: a nomination awaiting the council's vote. */
    public record AgendaItem(Long nominationId) {
    }

    /** {@code version}: the session's, as last read; {@code minutes}: the text of the minutes. */
    public record Closing(Long version, String minutes) {
    }

    @Inject
    private CouncilSessionService sessions;

    @Inject
    private VotingService voting;

    @GET
    public List<CouncilViews.SessionSummary> list(@QueryParam("unit") String unit,
                                                  @QueryParam("asOf") String asOf) {
        return sessions.list(unit, asOf);
    }

    @POST
    public Response create(CouncilSessionService.SessionForm form) {
        CouncilViews.Session created = sessions.create(form);
        return Response.created(URI.create("council-sessions/" + created.id())).entity(created).build();
    }

    @GET
    @Path("{id}")
    public CouncilViews.Session get(@PathParam("id") long id) {
        return sessions.get(id);
    }

    @GET
    @Path("{id}/minutes")
    @Produces("application/pdf")
    public Response minutes(@PathParam("id") long id) {
        return Response.ok(sessions.minutes(id), "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"bien-ban-kiem-phieu-" + id + ".pdf\"")
                .build();
    }

    @POST
    @Path("{id}/agenda")
    public CouncilViews.Session addItem(@PathParam("id") long id, AgendaItem item) {
        return sessions.addItem(id, item == null ? null : item.nominationId());
    }

    @DELETE
    @Path("{id}/agenda/{nominationId}")
    public CouncilViews.Session removeItem(@PathParam("id") long id, @PathParam("nominationId") long nominationId) {
        return sessions.removeItem(id, nominationId);
    }

    @POST
    @Path("{id}/written-votes")
    public CouncilViews.Session writtenVote(@PathParam("id") long id, VotingService.WrittenVote vote) {
        return voting.recordWritten(id, vote);
    }

    @POST
    @Path("{id}/close")
    public CouncilViews.Session close(@PathParam("id") long id, Closing closing) {
        Closing given = closing == null ? new Closing(null, null) : closing;
        return sessions.close(id, given.version(), given.minutes());
    }
}
