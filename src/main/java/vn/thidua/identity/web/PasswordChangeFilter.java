package vn.thidua.identity.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import vn.thidua.identity.security.SessionIdentity;

/** Until a user whose password was set by an administrator chooses their own, every page leads to that form. */
@WebFilter(urlPatterns = "*.xhtml")
public class PasswordChangeFilter extends HttpFilter {

    static final String PASSWORD_PAGE = "/account/password.xhtml";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        SessionIdentity identity = SessionIdentity.of(request.getSession(false));
        String path = request.getServletPath();
        if (identity != null && identity.mustChangePassword() && !path.equals(PASSWORD_PAGE)
                && !path.startsWith("/error/") && !path.equals("/login.xhtml")) {
            response.sendRedirect(request.getContextPath() + PASSWORD_PAGE);
            return;
        }
        chain.doFilter(request, response);
    }
}
