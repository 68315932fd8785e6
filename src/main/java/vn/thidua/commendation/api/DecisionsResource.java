package vn.thidua.commendation.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.Map;
import vn.thidua.commendation.DecisionForm;
import vn.thidua.commendation.DecisionPage;
import vn.thidua.commendation.DecisionService;
import vn.thidua.commendation.DecisionView;
import vn.thidua.platform.time.Formats;

/**
 * /api/decisions: the decisions the caller may see (issued by their units or above them; paged: {@code page} from 0,
 * {@code size} up to 100; optionally by {@code unit} code, with the units it inherited, and {@code year}), one
 * decision with its awards, its PDF, and signing a new one by a leader of the issuing unit. A decision outside the
 * caller's scope answers 404, the same as one that does not exist.
 */
@Path("decisions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DecisionsResource {

    /**
     * A decision to sign: {@code unitCode} issues it; {@code nominationIds} the approved dossiers it decides;
     * {@code versions} optionally each dossier's version as last read (by id); {@code signedOn} yyyy-MM-dd (today
     * when absent); {@code subject} what follows "Về việc"; {@code signerTitle} e.g. "Phó Chủ tịch".
     */
    public record Signing(String unitCode, List<Long> nominationIds, Map<String, Long> versions, String signedOn,
                          String subject, String signerTitle) {

        DecisionForm form() {
            List<DecisionForm.Choice> choices = (nominationIds == null ? List.<Long>of() : nominationIds).stream()
                    .map(id -> new DecisionForm.Choice(id, versions == null || id == null ? null
                            : versions.get(String.valueOf(id))))
                    .toList();
            return new DecisionForm(unitCode, choices, Formats.isoDate(signedOn, null), subject, signerTitle);
        }
    }

    @Inject
    private DecisionService service;

    @GET
    public DecisionPage list(@QueryParam("unit") String unit, @QueryParam("year") String year,
                             @QueryParam("page") @DefaultValue("0") int page,
                             @QueryParam("size") @DefaultValue("20") int size) {
        int pageSize = size <= 0 ? 20 : Math.min(size, 100);
        return service.list(unit, Downloads.whole("year", year), Math.max(page, 0) * pageSize, pageSize);
    }

    @POST
    public Response sign(Signing signing) {
        DecisionView signed = service.sign(signing == null ? null : signing.form());
        return Response.created(URI.create("decisions/" + signed.id())).entity(signed).build();
    }

    @GET
    @Path("{id}")
    public DecisionView get(@PathParam("id") long id) {
        return service.get(id);
    }

    @GET
    @Path("{id}/pdf")
    @Produces("application/pdf")
    public Response pdf(@PathParam("id") long id) {
        return Downloads.attachment(service.pdf(id));
    }
}
