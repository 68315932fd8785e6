package vn.thidua.result.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
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
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import vn.thidua.platform.error.BusinessException;
import vn.thidua.platform.i18n.Messages;
import vn.thidua.platform.rest.Downloads;
import vn.thidua.platform.rest.ImportAnswer;
import vn.thidua.result.AttachmentInfo;
import vn.thidua.result.ReportAttachment;
import vn.thidua.result.ReportSheet;
import vn.thidua.result.ReportView;
import vn.thidua.result.ResultImportService;
import vn.thidua.result.ResultReportService;
import vn.thidua.result.TemplateImport;
import vn.thidua.result.ValueInput;
import vn.thidua.result.excel.TemplateWriter;
import vn.thidua.result.excel.Workbooks;

/**
 * /api/reports: a unit's result report for a movement and period (read, save values), its workflow actions and
 * evidence files; the Excel template of a unit's children's reports and its upload (all rows saved, or none and
 * 422 with the problems by row). A report outside the caller's scope answers 404.
 */
@Path("reports")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ReportsResource {

    /** Values by indicator code; {@code version} as last read (null for a new report). */
    public record Values(Long version, Map<String, ValueInput> values, String notes) {
    }

    /** {@code action}: submit, approve, return (with {@code reason}) or unapprove. */
    public record Transition(String action, long version, String reason) {
    }

    @Inject
    private ResultReportService service;

    @Inject
    private ResultImportService imports;

    @Context
    private HttpHeaders headers;

    @GET
    public ReportView find(@QueryParam("movement") String movement, @QueryParam("unit") String unit,
                           @QueryParam("period") String period) {
        return service.view(movement, unit, period);
    }

    @PUT
    public ReportView save(@QueryParam("movement") String movement, @QueryParam("unit") String unit,
                           @QueryParam("period") String period, Values body) {
        Values values = body == null ? new Values(null, Map.of(), null) : body;
        return service.save(movement, unit, period, values.version(),
                values.values() == null ? Map.of() : new LinkedHashMap<>(values.values()), values.notes());
    }

    @GET
    @Path("{id}")
    public ReportView get(@PathParam("id") long id) {
        return service.view(id);
    }

    @POST
    @Path("{id}/actions")
    public ReportView act(@PathParam("id") long id, Transition transition) {
        String action = transition == null || transition.action() == null ? "" : transition.action();
        return switch (action.toLowerCase(java.util.Locale.ROOT)) {
            case "submit" -> service.submit(id, transition.version());
            case "approve" -> service.approve(id, transition.version());
            case "return" -> service.returnReport(id, transition.version(), transition.reason());
            case "unapprove" -> service.unapprove(id, transition.version());
            default -> throw new BusinessException("report.action.unknown", action);
        };
    }

    /** The request body is the file; its name comes as {@code ?name=} or in the {@code X-File-Name} header. */
    @POST
    @Path("{id}/attachments")
    @Consumes(MediaType.WILDCARD)
    public AttachmentInfo attach(@PathParam("id") long id, @QueryParam("name") String name,
                                 @HeaderParam("X-File-Name") String header, byte[] content) {
        return service.attach(id, name != null ? name : header, content);
    }

    @GET
    @Path("attachments/{attachmentId}")
    @Produces(MediaType.WILDCARD)
    public Response download(@PathParam("attachmentId") long attachmentId) {
        ReportAttachment file = service.download(attachmentId);
        return Downloads.file(file.getContent(), file.getContentType(), file.getFileName());
    }

    @DELETE
    @Path("attachments/{attachmentId}")
    public Response remove(@PathParam("attachmentId") long attachmentId) {
        service.removeAttachment(attachmentId);
        return Response.noContent().build();
    }

    /** The unit's children as rows, the indicators they type as columns, filled with the period's values. */
    @GET
    @Path("template")
    @Produces(Workbooks.MEDIA_TYPE)
    public Response template(@QueryParam("movement") String movement, @QueryParam("unit") String unit,
                             @QueryParam("period") String period) {
        ReportSheet sheet = imports.template(movement, unit, period);
        return Response.ok(TemplateWriter.write(sheet, ImportAnswer.locale(headers)), Workbooks.MEDIA_TYPE)
                .header("Content-Disposition", "attachment; filename=\"" + TemplateWriter.fileName(sheet) + "\"")
                .build();
    }

    /** The filled template as the raw body: 200 with how many reports were saved, or 422 and nothing saved. */
    @POST
    @Path("import")
    @Consumes({Workbooks.MEDIA_TYPE, MediaType.APPLICATION_OCTET_STREAM})
    public Response importTemplate(@QueryParam("movement") String movement, @QueryParam("unit") String unit,
                                   @QueryParam("period") String period, byte[] content) {
        TemplateImport outcome = imports.importTemplate(movement, unit, period, content);
        Locale locale = ImportAnswer.locale(headers);
        return ImportAnswer.of(outcome.rows(), "saved", outcome.saved(), outcome.problems().stream()
                        .map(p -> new ImportAnswer.RowProblem(p.row(), p.message(locale))).toList(),
                Messages.format(locale, "excel.import.rejected", outcome.problems().size()));
    }
}
