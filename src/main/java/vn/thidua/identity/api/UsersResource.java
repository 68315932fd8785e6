package vn.thidua.identity.api;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import vn.thidua.identity.UserAdminService;
import vn.thidua.identity.UserSummary;

/** User administration over the API; the service refuses anyone but administrators. */
@Path("users")
@Produces(MediaType.APPLICATION_JSON)
public class UsersResource {

    private static final int MAX_PAGE = 200;

    @Inject
    private UserAdminService users;

    @GET
    public List<UserSummary> list(@QueryParam("offset") @DefaultValue("0") int offset,
                                  @QueryParam("limit") @DefaultValue("50") int limit) {
        return users.list(Math.max(0, offset), Math.max(1, Math.min(limit, MAX_PAGE)));
    }

    /** Sets a temporary password (answered once) that the user must change at the next login. */
    @POST
    @Path("{username}/password-reset")
    public JsonObject resetPassword(@PathParam("username") String username) {
        return Json.createObjectBuilder().add("temporaryPassword", users.resetPassword(username)).build();
    }
}
