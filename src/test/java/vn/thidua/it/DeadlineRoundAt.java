package vn.thidua.it;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Instant;
import java.util.UUID;
import vn.thidua.commendation.deadline.DeadlineRound;
import vn.thidua.commendation.deadline.NewTransactions;

/**
 * Test-only (added to the deployment of a test, never part of the application's WAR): runs one round of the
 * stage-deadline job, lease and all, as the five-minute timer would run it at the instant {@code at}, so that a test
 * sees a public comment period close at its deadline without waiting days for it, or a dossier handed over from a
 * closed unit now. Answers the ids of the dossiers whose comment closed and of those handed over. Administrators
 * only.
 */
@WebServlet("/it/deadline-round")
public class DeadlineRoundAt extends HttpServlet {

    @Inject
    private NewTransactions transactions;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!request.isUserInRole("ADMIN")) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        Instant at = Instant.parse(request.getParameter("at"));
        DeadlineRound.Outcome outcome = new DeadlineRound("it/" + UUID.randomUUID()).run(at, transactions);
        response.setContentType("application/json");
        response.getWriter().write("{\"ran\":" + outcome.ran() + ",\"commentsClosed\":" + outcome.commentsClosed()
                + ",\"handedOver\":" + outcome.handedOver() + "}");
    }
}
