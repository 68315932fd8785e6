package vn.thidua.commendation.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import vn.thidua.commendation.NomineePage;
import vn.thidua.commendation.NomineeService;
import vn.thidua.commendation.NomineeView;
import vn.thidua.platform.time.Formats;

/**
 * /api/nominees: nominee records in the caller's scope, found by name with or without diacritics
 * ({@code ?q=nguyen van a}, optionally {@code &kind=INDIVIDUAL}), one record with its cases and nominations, its
 * correction, and the discipline, inspection and complaint cases recorded and closed about a nominee. Dates are
 * yyyy-MM-dd. A nominee outside the caller's scope answers 404.
 */
@Path("nominees")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class NomineesResource {

    /** {@code kind}: DISCIPLINE, INSPECTION or COMPLAINT; {@code openedOn}: today when absent. */
    public record NewCase(String kind, String description, String openedOn) {
    }

    /** {@code version}: the case's, as last read; {@code closedOn}: today when absent. */
    public record Closing(Long version, String closedOn, String note) {
    }

    @Inject
    private NomineeService service;

    @GET
    public NomineePage search(@QueryParam("q") String q, @QueryParam("kind") String kind,
                              @QueryParam("page") @DefaultValue("0") int page,
                              @QueryParam("size") @DefaultValue("20") int size) {
        return service.search(q, kind, page, size);
    }

    @GET
    @Path("{id}")
    public NomineeView get(@PathParam("id") long id) {
        return service.get(id);
    }

    /** Corrects the record: {@code {version, name, birthYear, gender, jobTitle, deceased}}, all of it replaced. */
    @PUT
    @Path("{id}")
    public NomineeView correct(@PathParam("id") long id, NomineeService.Correction correction) {
        return service.correct(id, correction);
    }

    @POST
    @Path("{id}/cases")
    public NomineeView recordCase(@PathParam("id") long id, NewCase body) {
        NewCase c = body == null ? new NewCase(null, null, null) : body;
        return service.recordCase(id, new NomineeService.CaseForm(c.kind(), c.description(),
                Formats.isoDate(c.openedOn(), null)));
    }

    @POST
    @Path("{id}/cases/{caseId}/close")
    public NomineeView closeCase(@PathParam("id") long id, @PathParam("caseId") long caseId, Closing body) {
        Closing c = body == null ? new Closing(null, null, null) : body;
        return service.closeCase(id, caseId, new NomineeService.CloseForm(c.version(),
                Formats.isoDate(c.closedOn(), null), c.note()));
    }
}
