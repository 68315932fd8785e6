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
import jakarta.ws.rs.core.Response;
import java.net.URI;
import vn.thidua.commendation.NominationForm;
import vn.thidua.commendation.NominationPage;
import vn.thidua.commendation.NominationService;
import vn.thidua.commendation.NominationView;

/**
 * /api/nominations: the dossiers the caller may see (paged: {@code page} from 0, {@code size} up to 100; narrowed
 * by {@code state}, {@code awardType} code and {@code q}, words of the nominee's name without diacritics), one
 * dossier, a new draft, changes to a draft, and the steps of the review chain. A dossier outside the caller's scope
 * answers 404, the same as one that does not exist.
 */
@Path("nominations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class NominationsResource {

    /** {@code action}: submit, receive, appraise, forward, send-to-council, publish, approve, decide, return,
     *  reject or withdraw; {@code comment}: the reason of a return or rejection; {@code version}: as last read. */
    public record Transition(String action, String comment, Long version) {
    }

    @Inject
    private NominationService service;

    @GET
    public NominationPage list(@QueryParam("state") String state, @QueryParam("awardType") String awardType,
                               @QueryParam("q") String nomineeName, @QueryParam("page") @DefaultValue("0") int page,
                               @QueryParam("size") @DefaultValue("20") int size) {
        return service.list(state, awardType, nomineeName, page, size);
    }

    @GET
    @Path("{id}")
    public NominationView get(@PathParam("id") long id) {
        return service.get(id);
    }

    @POST
    public Response create(NominationForm form) {
        NominationView created = service.create(form);
        return Response.created(URI.create("nominations/" + created.id())).entity(created).build();
    }

    @PUT
    @Path("{id}")
    public NominationView update(@PathParam("id") long id, NominationForm form) {
        return service.update(id, form);
    }

    @POST
    @Path("{id}/actions")
    public NominationView act(@PathParam("id") long id, Transition transition) {
        Transition given = transition == null ? new Transition(null, null, null) : transition;
        return service.act(id, given.action(), given.version(), given.comment());
    }
}
