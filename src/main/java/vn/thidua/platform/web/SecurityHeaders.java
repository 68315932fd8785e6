package vn.thidua.platform.web;

import jakarta.servlet.http.HttpServletResponse;

/**
 * Response headers every answer carries. The authentication mechanism calls this too, because its own
 * redirects and 401s bypass the servlet filters.
 */
public final class SecurityHeaders {

    private SecurityHeaders() {
    }

    public static void apply(HttpServletResponse response) {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("X-Frame-Options", "DENY");
        if (!response.containsHeader("Content-Security-Policy")) {
            response.setHeader("Content-Security-Policy", "frame-ancestors 'none'");
        }
    }
}
