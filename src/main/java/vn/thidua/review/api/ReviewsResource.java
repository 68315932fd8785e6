package vn.thidua.review.api;

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
import java.util.List;
import java.util.Map;
import vn.thidua.commendation.Download;
import vn.thidua.platform.error.BusinessException;
import vn.thidua.platform.rest.Downloads;
import vn.thidua.review.NextTermService;
import vn.thidua.review.ReviewSection;
import vn.thidua.review.ReviewService;
import vn.thidua.review.ReviewSummary;
import vn.thidua.review.ReviewTables;
import vn.thidua.review.TargetForm;
import vn.thidua.review.Tracking;

/**
 * /api/reviews: create a review of a unit for a span of years ({@code {unit, from, to}} → 201 {@code {id}}), list
 * them (paged), read one with its computed tables, download it as PDF, XLSX or DOCX, write a narrative section, approve
 * it, reopen it ({@code {version, reason}}), set the next term's targets and track them. Outside the caller's scope a
 * review answers 404.
 */
@Path("reviews")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ReviewsResource {

    /** A review to create: the unit's code and the years. */
    public record Creation(String unit, Integer from, Integer to) {
    }

    /** A narrative section's new text, on the review's version as last read. */
    public record SectionText(Long version, String text) {
    }

    /** The review's version as last read. */
    public record Versioned(Long version) {
    }

    /** Why an approved review goes back to draft, on its version as last read. */
    public record Reopening(Long version, String reason) {
    }

    /** The next term's targets, on the review's version as last read. */
    public record Targets(Long version, List<TargetForm> targets) {
    }

    @Inject
    private ReviewService service;

    @Inject
    private NextTermService nextTerm;

    @POST
    public Response create(Creation creation) {
        if (creation == null || creation.from() == null || creation.to() == null) {
            throw new BusinessException("review.years.missing");
        }
        long id = service.create(creation.unit(), creation.from(), creation.to());
        return Response.created(URI.create("reviews/" + id)).entity(Map.of("id", id)).build();
    }

    @GET
    public Map<String, Object> list(@QueryParam("page") @DefaultValue("0") int page,
                                    @QueryParam("size") @DefaultValue("20") int size) {
        int pageSize = size <= 0 ? 20 : Math.min(size, 100);
        List<ReviewSummary> items = service.list(Math.max(page, 0) * pageSize, pageSize);
        return Map.of("total", service.count(), "items", items);
    }

    @GET
    @Path("{id}")
    public ReviewTables get(@PathParam("id") long id) {
        return service.get(id);
    }

    @PUT
    @Path("{id}/sections/{section}")
    public Map<String, Long> write(@PathParam("id") long id, @PathParam("section") String section, SectionText body) {
        return Map.of("version", service.write(id, version(body == null ? null : body.version()), section(section),
                body == null ? null : body.text()));
    }

    @POST
    @Path("{id}/approve")
    public Map<String, Long> approve(@PathParam("id") long id, Versioned body) {
        return Map.of("version", service.approve(id, version(body == null ? null : body.version())));
    }

    @POST
    @Path("{id}/reopen")
    public Map<String, Long> reopen(@PathParam("id") long id, Reopening body) {
        return Map.of("version", service.reopen(id, version(body == null ? null : body.version()),
                body == null ? null : body.reason()));
    }

    @PUT
    @Path("{id}/targets")
    public Map<String, Long> targets(@PathParam("id") long id, Targets body) {
        return Map.of("version", nextTerm.setTargets(id, version(body == null ? null : body.version()),
                body == null ? null : body.targets()));
    }

    @GET
    @Path("{id}/tracking")
    public Tracking tracking(@PathParam("id") long id) {
        return nextTerm.tracking(id);
    }

    @GET
    @Path("{id}/pdf")
    @Produces("application/pdf")
    public Response pdf(@PathParam("id") long id) {
        return file(service.pdf(id));
    }

    @GET
    @Path("{id}/xlsx")
    @Produces("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    public Response xlsx(@PathParam("id") long id) {
        return file(service.xlsx(id));
    }

    @GET
    @Path("{id}/docx")
    @Produces("application/vnd.openxmlformats-officedocument.wordprocessingml.document")
    public Response docx(@PathParam("id") long id) {
        return file(service.docx(id));
    }

    private static Response file(Download download) {
        return Downloads.file(download.content(), download.mediaType(), download.fileName());
    }

    private static long version(Long version) {
        if (version == null) {
            throw new BusinessException("review.version.missing");
        }
        return version;
    }

    private static ReviewSection section(String name) {
        try {
            return ReviewSection.valueOf(name.trim().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BusinessException("review.section.unknown", name);
        }
    }
}
