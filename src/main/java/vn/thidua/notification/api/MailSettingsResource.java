package vn.thidua.notification.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import vn.thidua.notification.MailSettingsForm;
import vn.thidua.notification.MailSettingsService;
import vn.thidua.notification.MailSettingsView;

/**
 * /api/mail-settings: the SMTP settings of e-mail notifications, for administrators. The password is accepted,
 * never answered ({@code passwordSet} says whether one is stored). {@code POST test} sends a test message.
 */
@Path("mail-settings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MailSettingsResource {

    public record Test(String address) {
    }

    @Inject
    private MailSettingsService service;

    @GET
    public MailSettingsView get() {
        return service.view();
    }

    @PUT
    public MailSettingsView save(MailSettingsForm form) {
        return service.save(form);
    }

    @POST
    @Path("test")
    public Response test(Test test) {
        service.sendTest(test == null ? null : test.address());
        return Response.noContent().build();
    }
}
