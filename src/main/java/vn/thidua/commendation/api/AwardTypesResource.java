package vn.thidua.commendation.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import vn.thidua.commendation.AwardTypeService;
import vn.thidua.commendation.AwardTypeView;

/** /api/award-types: the configured award types. */
@Path("award-types")
@Produces(MediaType.APPLICATION_JSON)
public class AwardTypesResource {

    @Inject
    private AwardTypeService service;

    @GET
    public List<AwardTypeView> list() {
        return service.list();
    }
}
