package vn.thidua.commendation.deadline.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import vn.thidua.commendation.deadline.StageDeadlineService;

/** /api/stage-deadlines: the days each stage may take before reminders; PUT one state's (administrators). */
@Path("stage-deadlines")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class StageDeadlinesResource {

    /** {@code version}: as last read (none for a state without a deadline yet); {@code days}: 1 to 365. */
    public record Change(Long version, Integer days) {
    }

    @Inject
    private StageDeadlineService deadlines;

    @GET
    public List<StageDeadlineService.DeadlineView> list() {
        return deadlines.list();
    }

    @PUT
    @Path("{state}")
    public StageDeadlineService.DeadlineView change(@PathParam("state") String state, Change change) {
        Change given = change == null ? new Change(null, null) : change;
        return deadlines.change(state, given.version(), given.days());
    }
}
