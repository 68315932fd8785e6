package vn.thidua.platform.rest;

import jakarta.ws.rs.core.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * A stored file sent back as a download: with the type it was judged to be on upload, its name encoded for any
 * alphabet (RFC 6266 filename*), and no sniffing, so a browser never renders it as a page of this site.
 */
public final class Downloads {

    private Downloads() {
    }

    public static Response file(byte[] content, String contentType, String fileName) {
        return Response.ok(content, contentType)
                .header("Content-Disposition", "attachment; filename*=UTF-8''"
                        + URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20"))
                .header("X-Content-Type-Options", "nosniff").build();
    }
}
