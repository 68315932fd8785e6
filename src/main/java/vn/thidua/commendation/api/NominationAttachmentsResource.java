package vn.thidua.commendation.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import vn.thidua.commendation.DossierService;
import vn.thidua.commendation.NominationAttachment;
import vn.thidua.commendation.NominationAttachmentInfo;
import vn.thidua.commendation.NominationFiles;
import vn.thidua.platform.rest.Downloads;

/**
 * /api/nominations/{id}/attachments: the files of a dossier. The request body of a POST is the file itself; its
 * name comes as {@code ?name=} or in the {@code X-File-Name} header, its kind as {@code ?kind=achievement-report}
 * (or {@code other}, the default). A dossier or file outside the caller's scope answers 404.
 */
@Path("nominations/{id}/attachments")
@Produces(MediaType.APPLICATION_JSON)
public class NominationAttachmentsResource {

    @Inject
    private DossierService service;

    /** {@code {mayChange, items}}: the files, and whether the caller may add and remove them now. */
    @GET
    public NominationFiles list(@PathParam("id") long id) {
        return service.files(id);
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    public Response attach(@PathParam("id") long id, @QueryParam("kind") String kind, @QueryParam("name") String name,
                           @HeaderParam("X-File-Name") String header, byte[] content) {
        NominationAttachmentInfo added = service.attach(id, kind, name != null ? name : header, content);
        return Response.created(URI.create("nominations/" + id + "/attachments/" + added.id())).entity(added).build();
    }

    @GET
    @Path("{attachmentId}")
    @Produces(MediaType.WILDCARD)
    public Response download(@PathParam("id") long id, @PathParam("attachmentId") long attachmentId) {
        NominationAttachment file = service.download(id, attachmentId);
        return Downloads.file(file.getContent(), file.getContentType(), file.getFileName());
    }

    @DELETE
    @Path("{attachmentId}")
    public Response remove(@PathParam("id") long id, @PathParam("attachmentId") long attachmentId) {
        service.removeAttachment(id, attachmentId);
        return Response.noContent().build();
    }
}
