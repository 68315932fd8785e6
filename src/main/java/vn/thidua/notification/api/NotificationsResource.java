package vn.thidua.notification.api;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import vn.thidua.notification.InboxPage;
import vn.thidua.notification.NotificationService;
import vn.thidua.platform.rest.ImportAnswer;

/**
 * /api/notifications: the caller's own inbox (paged, texts in the Accept-Language), the unread count, and marking
 * notifications read ({@code {"ids": [..]}}, or {@code {"all": true}}).
 */
@Path("notifications")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class NotificationsResource {

    public record Read(List<Long> ids, Boolean all) {
    }

    @Inject
    private NotificationService service;

    @Context
    private HttpHeaders headers;

    @GET
    public InboxPage inbox(@QueryParam("page") @DefaultValue("0") int page,
                           @QueryParam("size") @DefaultValue("20") int size) {
        return service.inbox(ImportAnswer.locale(headers), page, size);
    }

    @GET
    @Path("unread")
    public String unread() {
        return Json.createObjectBuilder().add("unread", service.unreadCount()).build().toString();
    }

    @POST
    @Path("read")
    public String read(Read read) {
        int marked = read != null && Boolean.TRUE.equals(read.all()) ? service.markAllRead()
                : service.markRead(read == null ? List.of() : read.ids());
        return Json.createObjectBuilder().add("marked", marked).add("unread", service.unreadCount()).build()
                .toString();
    }
}
