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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import vn.thidua.commendation.BatchForm;
import vn.thidua.commendation.BatchImport;
import vn.thidua.commendation.BatchImportService;
import vn.thidua.commendation.BatchPage;
import vn.thidua.commendation.BatchService;
import vn.thidua.commendation.BatchSubmission;
import vn.thidua.commendation.BatchView;
import vn.thidua.platform.i18n.Messages;
import vn.thidua.platform.rest.ImportAnswer;
import vn.thidua.platform.time.Formats;
import vn.thidua.result.excel.Workbooks;

/**
 * /api/batches: submission batches (a cover letter and the nominations it sends up) the caller may see; a new one
 * of the caller's unit; its cover letter and nominations changed; sending it (200 with the sent batch, or 422 with
 * why each nomination was refused, and nothing sent); the empty nominee list (XLSX) and its import into a batch
 * (200 with how many nominations were created, or 422 with the problems by row, and nothing saved). A batch outside
 * the caller's scope answers 404.
 */
@Path("batches")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class BatchesResource {

    /** The cover letter ({@code letterDate} yyyy-MM-dd) and the nominations; see {@link BatchForm}. */
    public record Letter(Long version, String unitCode, String letterNumber, String letterDate, String coverLetter,
                         List<Long> nominationIds) {

        BatchForm form() {
            return new BatchForm(version, unitCode, letterNumber, Formats.isoDate(letterDate, null), coverLetter,
                    nominationIds);
        }
    }

    /** {@code version}: the batch's, as last read. */
    public record Sending(Long version) {
    }

    private static final Letter NONE = new Letter(null, null, null, null, null, null);

    @Inject
    private BatchService service;

    @Inject
    private BatchImportService imports;

    @Context
    private HttpHeaders headers;

    @GET
    public BatchPage list(@QueryParam("page") @DefaultValue("0") int page,
                          @QueryParam("size") @DefaultValue("20") int size) {
        return service.list(page, size);
    }

    @POST
    public Response create(Letter letter) {
        BatchView created = service.create((letter == null ? NONE : letter).form());
        return Response.created(URI.create("batches/" + created.id())).entity(created).build();
    }

    @GET
    @Path("{id}")
    public BatchView get(@PathParam("id") long id) {
        return service.get(id);
    }

    @PUT
    @Path("{id}")
    public BatchView update(@PathParam("id") long id, Letter letter) {
        return service.update(id, (letter == null ? NONE : letter).form());
    }

    @POST
    @Path("{id}/submit")
    public Response submit(@PathParam("id") long id, Sending sending) {
        BatchSubmission outcome = service.submit(id, sending == null ? null : sending.version());
        if (outcome.ok()) {
            return Response.ok(outcome.batch()).build();
        }
        Locale locale = ImportAnswer.locale(headers);
        return ImportAnswer.of(outcome.items(), "submitted", 0, outcome.refusals().stream()
                        .map(r -> new ImportAnswer.RowProblem(r.position(), r.message(locale))).toList(),
                Messages.format(locale, "batch.submit.rejected", outcome.refusals().size()));
    }

    @GET
    @Path("template")
    @Produces(Workbooks.MEDIA_TYPE)
    public Response template() {
        return Response.ok(imports.template(ImportAnswer.locale(headers)), Workbooks.MEDIA_TYPE)
                .header("Content-Disposition", "attachment; filename=\"danh-sach-de-nghi.xlsx\"").build();
    }

    /** The filled list as the raw body. */
    @POST
    @Path("{id}/import")
    @Consumes({Workbooks.MEDIA_TYPE, MediaType.APPLICATION_OCTET_STREAM})
    public Response importList(@PathParam("id") long id, byte[] content) {
        BatchImport outcome = imports.importInto(id, content);
        Locale locale = ImportAnswer.locale(headers);
        return ImportAnswer.of(outcome.rows(), "created", outcome.created(), outcome.problems().stream()
                        .map(p -> new ImportAnswer.RowProblem(p.row(), p.message(locale))).toList(),
                Messages.format(locale, "batch.import.rejected", outcome.problems().size()));
    }
}
