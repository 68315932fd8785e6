package vn.thidua.platform.rest;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.thidua.platform.i18n.Messages;

/**
 * The answer to an all-or-nothing import of a file: 200 with its counts, or 422 problem+json with the same counts
 * and the problems by row, each message in the caller's language.
 */
public final class ImportAnswer {

    /** One problem: the row of the file and what is wrong with it. */
    public record RowProblem(int row, String message) {
    }

    private ImportAnswer() {
    }

    /** {@code counts} in order (e.g. rows, created); {@code rejected} the problem's detail when there are problems. */
    public static Response of(Map<String, Integer> counts, List<RowProblem> problems, String rejected) {
        JsonArrayBuilder rows = Json.createArrayBuilder();
        problems.forEach(p -> rows.add(Json.createObjectBuilder().add("row", p.row()).add("message", p.message())));
        JsonObjectBuilder body = Json.createObjectBuilder();
        boolean ok = problems.isEmpty();
        if (!ok) {
            body.add("type", "about:blank").add("title", "Unprocessable Content").add("status", 422)
                    .add("detail", rejected);
        }
        counts.forEach(body::add);
        body.add("problems", rows);
        return Response.status(ok ? 200 : 422).type(ok ? MediaType.APPLICATION_JSON_TYPE : Problem.TYPE)
                .entity(body.build().toString()).build();
    }

    /** The supported language the caller asks for first (Accept-Language), Vietnamese by default. */
    public static Locale locale(HttpHeaders headers) {
        return headers == null || headers.getAcceptableLanguages().isEmpty() ? Messages.VIETNAMESE
                : Messages.supported(headers.getAcceptableLanguages().get(0));
    }
}
