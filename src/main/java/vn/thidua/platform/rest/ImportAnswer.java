package vn.thidua.platform.rest;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;
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

    /**
     * The file's number of {@code rows} and how many things it made ({@code count}, named {@code done}, e.g.
     * "created"); {@code rejected} is the problem's detail when there are problems.
     */
    public static Response of(int rows, String done, int count, List<RowProblem> problems, String rejected) {
        JsonArrayBuilder lines = Json.createArrayBuilder();
        problems.forEach(p -> lines.add(Json.createObjectBuilder().add("row", p.row()).add("message", p.message())));
        JsonObjectBuilder body = Json.createObjectBuilder();
        boolean ok = problems.isEmpty();
        if (!ok) {
            body.add("type", "about:blank").add("title", "Unprocessable Content").add("status", 422)
                    .add("detail", rejected);
        }
        body.add("rows", rows).add(done, count).add("problems", lines);
        return Response.status(ok ? 200 : 422).type(ok ? MediaType.APPLICATION_JSON_TYPE : Problem.TYPE)
                .entity(body.build().toString()).build();
    }

    /** The supported language the caller asks for first (Accept-Language), Vietnamese by default. */
    public static Locale locale(HttpHeaders headers) {
        return headers == null || headers.getAcceptableLanguages().isEmpty() ? Messages.VIETNAMESE
                : Messages.supported(headers.getAcceptableLanguages().get(0));
    }
}
