package vn.thidua.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The administrators' audit page, read as a test reads it: the actions logged about one entity. */
final class AuditPage {

    private AuditPage() {
    }

    /**
     * The actions logged about the entity of {@code type} and {@code id} whose names start with {@code prefix}
     * (e.g. NOMINATION_), as the page lists them for {@code admin}.
     */
    static List<String> actions(WebClient admin, String type, long id, String prefix) {
        HttpResponse<String> page = admin.submit("admin/audit.xhtml", "audit", "filter",
                Map.of("entityType_input", type, "entityId", String.valueOf(id)));
        assertThat(page.statusCode()).isEqualTo(200);
        String table = page.body().substring(page.body().indexOf("id=\"audit:table\""));
        Matcher rows = Pattern.compile("<tr[^>]*data-ri[^>]*>(.*?)</tr>", Pattern.DOTALL).matcher(table);
        List<String> actions = new ArrayList<>();
        while (rows.find()) {
            Matcher action = Pattern.compile(">(" + prefix + "[A-Z_]+)<").matcher(rows.group(1));
            Matcher entity = Pattern.compile(">" + id + "<").matcher(rows.group(1));
            if (action.find() && entity.find()) {
                actions.add(action.group(1));
            }
        }
        return actions;
    }
}
