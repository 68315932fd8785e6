package vn.thidua.platform.time;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;

/**
 * Test-only (added to the deployment of a test, never part of the application's WAR): moves the application's clock
 * ({@link Formats#today()}, {@link Formats#now()}) to another day, so that a test can walk a dossier through the
 * structure and the roles of a past day. {@code POST date=yyyy-MM-dd} sets it; {@code DELETE} puts the system's
 * clock back. The clock is the whole server's: a test sets it only while it alone runs, and always puts it back.
 * Administrators only; answers the application's today. It lives in the package of {@link Formats}, whose setters
 * are package-private so that no class of the application can move the clock.
 */
@WebServlet("/it/today")
public class TodayAt extends HttpServlet {

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (administrator(request, response)) {
            Formats.setToday(LocalDate.parse(request.getParameter("date")));
            answer(response);
        }
    }

    @Override
    protected void doDelete(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (administrator(request, response)) {
            Formats.resetClock();
            answer(response);
        }
    }

    private static boolean administrator(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!request.isUserInRole("ADMIN")) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return false;
        }
        return true;
    }

    private static void answer(HttpServletResponse response) throws IOException {
        response.setContentType("application/json");
        response.getWriter().write("{\"today\":\"" + Formats.today() + "\"}");
    }
}
