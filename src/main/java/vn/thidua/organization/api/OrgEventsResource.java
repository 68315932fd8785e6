package vn.thidua.organization.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import vn.thidua.organization.OrgStructureService;
import vn.thidua.organization.RestructuringRequest;
import vn.thidua.organization.RestructuringSummary;
import vn.thidua.platform.time.Formats;

/**
 * POST /api/org-units/events: records a restructuring (administrators; each unit within their scope), or with
 * {@code dryRun=true} only answers what it would change.
 */
@Path("org-units/events")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OrgEventsResource {

    /** The body: {@code date} as yyyy-MM-dd, the other fields as in {@link RestructuringRequest}. */
    public record Event(String kind, String date, List<String> codes, String code, String survivorCode,
                        String newCode, String newName, String newType, String level, String parentCode,
                        String secondCode, String secondName, String secondType, Integer heir, String legalBasis) {
    }

    @Inject
    private OrgStructureService structure;

    @POST
    public RestructuringSummary record(Event body, @QueryParam("dryRun") boolean dryRun) {
        Event event = body == null ? new Event(null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null) : body;
        RestructuringRequest request = new RestructuringRequest(event.kind(), Formats.isoDate(event.date(), null),
                event.codes(), event.code(), event.survivorCode(), event.newCode(), event.newName(), event.newType(),
                event.level(), event.parentCode(), event.secondCode(), event.secondName(), event.secondType(),
                event.heir() == null ? 0 : event.heir(), event.legalBasis());
        return dryRun ? structure.preview(request) : structure.apply(request);
    }
}
