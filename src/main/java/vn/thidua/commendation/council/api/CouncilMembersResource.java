package vn.thidua.commendation.council.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import vn.thidua.commendation.council.CouncilMemberService;
import vn.thidua.commendation.council.CouncilViews;

/**
 * /api/council-members: the members of a unit's council on a day ({@code unit} code, {@code asOf} yyyy-MM-dd), a new
 * seat, and a change to a seat (its secretary flag, the end of its term).
 */
@Path("council-members")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CouncilMembersResource {

    @Inject
    private CouncilMemberService members;

    @GET
    public List<CouncilViews.Member> list(@QueryParam("unit") String unit, @QueryParam("asOf") String asOf) {
        return members.list(unit, asOf);
    }

    @POST
    public Response add(CouncilMemberService.MemberForm form) {
        CouncilViews.Member added = members.add(form);
        return Response.created(URI.create("council-members/" + added.id())).entity(added).build();
    }

    @PUT
    @Path("{id}")
    public CouncilViews.Member change(@PathParam("id") long id, CouncilMemberService.MemberChange change) {
        return members.change(id, change);
    }
}
