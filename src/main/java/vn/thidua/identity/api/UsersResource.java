package vn.thidua.identity.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import vn.thidua.identity.UserAdminService;
import vn.thidua.identity.UserSummary;

/** GET /api/users: the user list, for administrators (the service refuses anyone else). */
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
}
