package vn.thidua.organization.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import vn.thidua.organization.OrgUnitHistory;
import vn.thidua.organization.OrgUnitService;
import vn.thidua.organization.OrgUnitView;
import vn.thidua.platform.time.Formats;

/** The hierarchy as of a date (yyyy-MM-dd, default today in Vietnam), within the caller's scope. */
@Path("org-units")
@Produces(MediaType.APPLICATION_JSON)
public class OrgUnitsResource {

    @Inject
    private OrgUnitService units;

    @GET
    public List<OrgUnitView> list(@QueryParam("asOf") String asOf, @QueryParam("level") String level,
                                  @QueryParam("parent") String parent) {
        return units.list(Formats.isoDate(asOf, Formats.today()), level, parent);
    }

    @GET
    @Path("{code}")
    public OrgUnitView get(@PathParam("code") String code, @QueryParam("asOf") String asOf) {
        return units.get(code, Formats.isoDate(asOf, Formats.today()));
    }

    @GET
    @Path("{code}/history")
    public OrgUnitHistory history(@PathParam("code") String code, @QueryParam("asOf") String asOf) {
        return units.history(code, Formats.isoDate(asOf, Formats.today()));
    }
}
