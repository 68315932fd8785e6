package vn.thidua.commendation.council.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import vn.thidua.commendation.council.CouncilViews;
import vn.thidua.commendation.council.VotingService;

/**
 * /api/nominations/{id}/votes: the council's secret ballot on a nomination. POST {@code {choice}} (agree, disagree
 * or abstain) by a member of the council, once; GET the tally: how many voted, and the counts once the session is
 * closed. Neither ever says how anyone voted.
 */
@Path("nominations/{id}/votes")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class VotesResource {

    /** {@code choice}: agree, disagree or abstain. */
    public record Ballot(String choice) {
    }

    @Inject
    private VotingService voting;

    @GET
    public CouncilViews.Tally tally(@PathParam("id") long id) {
        return voting.tally(id);
    }

    @POST
    public CouncilViews.Tally vote(@PathParam("id") long id, Ballot ballot) {
        return voting.vote(id, ballot == null ? null : ballot.choice());
    }
}
