package vn.thidua.commendation.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.thidua.commendation.NominationForm;
import vn.thidua.commendation.NominationPage;
import vn.thidua.commendation.NominationService;
import vn.thidua.commendation.NominationView;
import vn.thidua.platform.error.BusinessException;

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

    /**
     * {@code action}: submit, receive, appraise, forward, send-to-council, publish, approve, decide, return, reject
     * or withdraw; {@code comment}: the reason of a return or rejection; {@code version}: see its schema.
     */
    public record Transition(
            String action,
            String comment,
            @Schema(required = false, description = "Optional: the dossier's version as last read (or send it as"
                    + " If-Match). When given and stale the step is refused as already changed (400); when absent"
                    + " the step is judged on the dossier as it is once locked.")
            Long version) {
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

    /** A step of the review chain; the body's version wins over If-Match's. */
    @POST
    @Path("{id}/actions")
    @Operation(summary = "Take a step of the review chain",
            description = "Body {action, comment, version}: version is optional (also accepted as If-Match). When"
                    + " given and stale the step is refused as already changed; when absent, the dossier is locked"
                    + " and the transition table judges the state it is in.")
    public NominationView act(@PathParam("id") long id, Transition transition,
                              @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        Transition given = transition == null ? new Transition(null, null, null) : transition;
        Long version = given.version() != null ? given.version() : versionOf(ifMatch);
        return service.act(id, given.action(), version, given.comment());
    }

    /**
     * The version an If-Match header names ({@code 3}, {@code "3"} or {@code W/"3"}); null when absent or {@code *}.
     * A tag that is no version can match no dossier: refused as "already changed".
     */
    static Long versionOf(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
            return null;
        }
        String tag = ifMatch.strip();
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        tag = tag.replace("\"", "");
        try {
            return Long.valueOf(tag);
        } catch (NumberFormatException e) {
            throw new BusinessException("nomination.changed");
        }
    }
}
