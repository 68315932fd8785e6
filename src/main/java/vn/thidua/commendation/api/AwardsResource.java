package vn.thidua.commendation.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.List;
import vn.thidua.commendation.RecipientKind;
import vn.thidua.commendation.registry.AwardLine;
import vn.thidua.commendation.registry.AwardSearch;
import vn.thidua.commendation.registry.RegistryService;
import vn.thidua.platform.rest.ImportAnswer;
import vn.thidua.result.excel.Workbooks;

/**
 * /api/awards: the award registry the caller may see. {@code GET /api/awards?q=} answers a plain JSON array of the
 * awards whose recipient's name contains {@code q} (diacritics and case ignored), newest first, optionally within a
 * {@code unit}'s family (with the units it inherited), {@code year}, {@code awardType} and {@code movement}; paged by
 * {@code page} (from 0) and {@code size} (up to 100), the number of all matches in the X-Total-Count header. The same
 * search as XLSX, and an award's certificate as PDF (404 outside the caller's scope).
 */
@Path("awards")
@Produces(MediaType.APPLICATION_JSON)
public class AwardsResource {

    /** An award of the registry. */
    public record Item(long id, String recipientName, RecipientKind recipientKind, String awardType, int year,
                       String decisionNumber, String unitCode, String awardTypeName, long decisionId,
                       LocalDate signedOn, long nomineeId, String unitName, String movement) {

        static Item of(AwardLine a) {
            return new Item(a.id(), a.recipientName(), a.recipientKind(), a.awardType(), a.year(), a.decisionNumber(),
                    a.unitCode(), a.awardTypeNameVi(), a.decisionId(), a.signedOn(), a.nomineeId(), a.unitName(),
                    a.movement());
        }
    }

    @Inject
    private RegistryService service;

    @Context
    private HttpHeaders headers;

    @GET
    public Response search(@QueryParam("q") String q, @QueryParam("unit") String unit,
                           @QueryParam("year") String year, @QueryParam("awardType") String awardType,
                           @QueryParam("movement") String movement, @QueryParam("page") @DefaultValue("0") int page,
                           @QueryParam("size") @DefaultValue("20") int size) {
        AwardSearch search = new AwardSearch(q, unit, Downloads.whole("year", year), awardType, movement);
        int pageSize = size <= 0 ? 20 : Math.min(size, 100);
        List<Item> items = service.search(search, Math.max(page, 0) * pageSize, pageSize).stream().map(Item::of)
                .toList();
        return Response.ok(items).header("X-Total-Count", service.count(search)).build();
    }

    @GET
    @Path("export")
    @Produces(Workbooks.MEDIA_TYPE)
    public Response export(@QueryParam("q") String q, @QueryParam("unit") String unit,
                           @QueryParam("year") String year, @QueryParam("awardType") String awardType,
                           @QueryParam("movement") String movement) {
        AwardSearch search = new AwardSearch(q, unit, Downloads.whole("year", year), awardType, movement);
        return Downloads.attachment(service.export(search, ImportAnswer.locale(headers)));
    }

    @GET
    @Path("{id}/certificate.pdf")
    @Produces("application/pdf")
    public Response certificate(@PathParam("id") long id) {
        return Downloads.attachment(service.certificate(id));
    }
}
