package vn.thidua.identity.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import vn.thidua.identity.AccountService;
import vn.thidua.identity.CallerProfile;

/** GET /api/me: the caller, with the roles they hold at org units today. */
@Path("me")
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

    @Inject
    private AccountService accounts;

    @GET
    public CallerProfile me() {
        return accounts.currentProfile();
    }
}
