package vn.thidua.commendation.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import vn.thidua.commendation.AwardTypeAdminService;
import vn.thidua.commendation.AwardTypeForm;
import vn.thidua.commendation.AwardTypeService;
import vn.thidua.commendation.AwardTypeView;

/** /api/award-types: the configured award types, for everyone; created and changed by administrators. */
@Path("award-types")
@Produces(MediaType.APPLICATION_JSON)
public class AwardTypesResource {

    @Inject
    private AwardTypeService service;

    @Inject
    private AwardTypeAdminService admin;

    @GET
    public List<AwardTypeView> list() {
        return service.list();
    }

    /** A new award type (administrators); see {@link AwardTypeForm}. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(AwardTypeForm form) {
        AwardTypeView created = admin.create(form);
        return Response.created(URI.create("award-types/" + created.code())).entity(created).build();
    }

    /** A changed configuration (administrators), with the {@code version} last read. */
    @PUT
    @Path("{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    public AwardTypeView update(@PathParam("code") String code, AwardTypeForm form) {
        return admin.update(code, form);
    }
}
