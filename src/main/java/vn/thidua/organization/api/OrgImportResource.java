package vn.thidua.organization.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Locale;
import vn.thidua.organization.ImportReport;
import vn.thidua.organization.OrgImportService;
import vn.thidua.platform.i18n.Messages;
import vn.thidua.platform.rest.ImportAnswer;

/**
 * Creates units from a CSV or XLSX list sent as the raw body; {@code dryRun=true} only checks. A file with bad rows
 * changes nothing and is answered 422 with the problems by row. The literal path wins over {@code org-units/{code}}.
 */
@Path("org-units/import")
public class OrgImportResource {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    private OrgImportService imports;

    @Context
    private HttpHeaders headers;

    @POST
    @Consumes({"text/csv", XLSX, MediaType.APPLICATION_OCTET_STREAM})
    public Response importUnits(byte[] content, @QueryParam("fileName") String fileName,
                                @QueryParam("dryRun") boolean dryRun) {
        ImportReport report = dryRun ? imports.preview(content, fileName) : imports.importUnits(content, fileName);
        Locale locale = ImportAnswer.locale(headers);
        return ImportAnswer.of(report.rows(), "created", report.created(), report.problems().stream()
                        .map(p -> new ImportAnswer.RowProblem(p.row(), p.message(locale))).toList(),
                Messages.format(locale, "org.import.rejected", report.problems().size()));
    }
}
