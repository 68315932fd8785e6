package vn.thidua.identity.api;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import vn.thidua.identity.UserAdminService;
import vn.thidua.identity.UserDetails;
import vn.thidua.identity.UserSummary;
import vn.thidua.platform.time.Formats;

/** User administration over the API; the service refuses anyone but administrators, and units outside their scope. */
@Path("users")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class UsersResource {

    private static final int MAX_PAGE = 200;

    /** Body of POST /api/users. */
    public record NewUser(String username, String displayName, String email) {
    }

    /** Body of PUT /api/users/{username}. */
    public record UserChange(String displayName, String email, Boolean enabled) {
    }

    /** Body of POST /api/users/{username}/roles; dates yyyy-MM-dd, {@code validTo} the last day (optional). */
    public record Grant(String role, String unitCode, String validFrom, String validTo) {
    }

    @Inject
    private UserAdminService users;

    @GET
    public List<UserSummary> list(@QueryParam("offset") @DefaultValue("0") int offset,
                                  @QueryParam("limit") @DefaultValue("50") int limit) {
        return users.list(Math.max(0, offset), Math.max(1, Math.min(limit, MAX_PAGE)));
    }

    /** Creates the account; answers its temporary password once. */
    @POST
    public Response create(NewUser body) {
        NewUser user = body == null ? new NewUser(null, null, null) : body;
        String password = users.create(user.username(), user.displayName(), user.email());
        return Response.status(Response.Status.CREATED).entity(Json.createObjectBuilder()
                .add("username", users.get(user.username()).username())
                .add("temporaryPassword", password).build()).build();
    }

    @GET
    @Path("{username}")
    public UserDetails get(@PathParam("username") String username) {
        return users.get(username);
    }

    @PUT
    @Path("{username}")
    public UserDetails update(@PathParam("username") String username, UserChange body) {
        UserDetails current = users.get(username);
        UserChange change = body == null ? new UserChange(null, null, null) : body;
        return users.update(username, change.displayName() == null ? current.displayName() : change.displayName(),
                change.email() == null ? current.email() : change.email(),
                change.enabled() == null ? current.enabled() : change.enabled());
    }

    @POST
    @Path("{username}/roles")
    public UserDetails grant(@PathParam("username") String username, Grant body) {
        Grant grant = body == null ? new Grant(null, null, null, null) : body;
        return users.grant(username, grant.role(), grant.unitCode(),
                Formats.isoDate(grant.validFrom(), Formats.today()), Formats.isoDate(grant.validTo(), null));
    }

    /** Ends a role assignment from the given day (default today). */
    @DELETE
    @Path("{username}/roles/{id}")
    public UserDetails revoke(@PathParam("username") String username, @PathParam("id") long id,
                              @QueryParam("end") String end) {
        return users.revoke(username, id, Formats.isoDate(end, Formats.today()));
    }

    /** Sets a temporary password (answered once) that the user must change at the next login. */
    @POST
    @Path("{username}/password-reset")
    public JsonObject resetPassword(@PathParam("username") String username) {
        return Json.createObjectBuilder().add("temporaryPassword", users.resetPassword(username)).build();
    }
}
