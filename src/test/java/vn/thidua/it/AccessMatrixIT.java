package vn.thidua.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The access-control matrix, generated from the API's own list of operations (its OpenAPI document): every
 * operation needs a rule here, so a new one cannot be forgotten. Each rule is tried by callers of every role, at
 * the province, a district and communes, against their own unit, a child, a sibling, the parent and a unit under
 * another district (as of 30/06/2024, before the reforms), and the answer must be allowed or 403 as the rule says.
 */
@ExtendWith(ArquillianExtension.class)
class AccessMatrixIT {

    private static final String PASSWORD = "thidua-demo-2024";
    private static final String AS_OF = "?asOf=2024-06-30";

    /** Who may call an operation. */
    enum Rule {
        /** Any logged-in user; it is about themselves. */
        SELF,
        /** Any role, for data of units in the caller's subtree; the path or query names the unit. */
        SCOPED_READ,
        /** Administrators only. */
        ADMIN_ONLY
    }

    private static final Map<String, Rule> RULES = Map.ofEntries(
            Map.entry("GET /api/me", Rule.SELF),
            Map.entry("GET /api/org-units", Rule.SCOPED_READ),
            Map.entry("GET /api/org-units/{code}", Rule.SCOPED_READ),
            Map.entry("GET /api/org-units/{code}/history", Rule.SCOPED_READ),
            Map.entry("GET /api/users", Rule.ADMIN_ONLY),
            Map.entry("POST /api/users", Rule.ADMIN_ONLY),
            Map.entry("GET /api/users/{username}", Rule.ADMIN_ONLY),
            Map.entry("PUT /api/users/{username}", Rule.ADMIN_ONLY),
            Map.entry("POST /api/users/{username}/password-reset", Rule.ADMIN_ONLY),
            Map.entry("POST /api/users/{username}/roles", Rule.ADMIN_ONLY),
            Map.entry("DELETE /api/users/{username}/roles/{id}", Rule.ADMIN_ONLY),
            Map.entry("POST /api/org-units/import", Rule.ADMIN_ONLY),
            Map.entry("POST /api/org-units/events", Rule.ADMIN_ONLY));

    /** A caller and the units around their own, by relation. */
    record Caller(String username, boolean admin, Map<String, String> units) {
    }

    private static final List<Caller> CALLERS = List.of(
            new Caller("admin", true, Map.of("own", "22", "child", "193", "grandchild", "06652")),
            new Caller("tinh.canbo", false, Map.of("own", "22", "child", "193", "grandchild", "06709")),
            new Caller("tinh.lanhdao", false, Map.of("own", "22", "child", "194")),
            new Caller("hoidong1", false, Map.of("own", "22", "child", "195")),
            new Caller("xem", false, Map.of("own", "22", "child", "193")),
            new Caller("halong.canbo", false, Map.of("own", "193", "child", "06652", "sibling", "194",
                    "parent", "22", "other", "06709")),
            new Caller("halong.lanhdao", false, Map.of("own", "193", "child", "06649", "sibling", "195",
                    "parent", "22", "other", "06709")),
            new Caller("xa1.canbo", false, Map.of("own", "06652", "child", "06652.01", "sibling", "06649",
                    "parent", "193", "other", "06709")),
            new Caller("xa1.lanhdao", false, Map.of("own", "06652", "child", "06652.02", "sibling", "06649",
                    "parent", "193", "other", "06709")),
            new Caller("xa2.canbo", false, Map.of("own", "06649", "child", "06649.01", "sibling", "06652",
                    "parent", "193", "other", "06709")),
            new Caller("xa3.canbo", false, Map.of("own", "06709", "child", "06709.01", "sibling", "06712",
                    "parent", "194", "other", "06652")));

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    private URL base;

    /** Each operation ("METHOD /path") with the media type of its request body (JSON when it declares none). */
    private Map<String, String> operations() {
        HttpResponse<String> document = new WebClient(base).getJson("openapi");
        JsonObject paths = Json.createReader(new StringReader(document.body())).readObject().getJsonObject("paths");
        Map<String, String> operations = new LinkedHashMap<>();
        paths.forEach((path, methods) -> methods.asJsonObject().forEach((method, operation) -> {
            JsonObject body = operation.asJsonObject().getJsonObject("requestBody");
            String type = body == null || !body.containsKey("content") ? "application/json"
                    : body.getJsonObject("content").keySet().iterator().next();
            operations.put(method.toUpperCase() + " " + path, type);
        }));
        return operations;
    }

    @Test
    void everyOperationOfTheApiHasAnAccessRule() {
        assertThat(operations().keySet()).isNotEmpty().allSatisfy(operation ->
                assertThat(RULES).as("no access rule declared for " + operation).containsKey(operation));
    }

    @Test
    void everyCallerIsAllowedExactlyWhatTheRulesSay() {
        List<String> wrong = new ArrayList<>();
        int tried = 0;
        for (Map.Entry<String, String> entry : operations().entrySet()) {
            String operation = entry.getKey();
            Rule rule = RULES.get(operation);
            if (rule == null) {
                continue;
            }
            for (Caller caller : CALLERS) {
                String template = operation.substring(operation.indexOf(' ') + 1);
                for (Map.Entry<String, Boolean> target : targets(rule, caller, template).entrySet()) {
                    String path = target.getKey();
                    int status = call(caller.username(), operation.substring(0, operation.indexOf(' ')), path,
                            entry.getValue());
                    boolean allowed = status != 403 && status != 401;
                    tried++;
                    if (allowed != target.getValue() || status >= 500) {
                        wrong.add(caller.username() + " " + operation + " as " + path + ": " + status
                                + (target.getValue() ? " (should be allowed)" : " (should be 403)"));
                    }
                }
            }
        }
        assertThat(tried).isGreaterThan(150);
        assertThat(wrong).as("access matrix mismatches").isEmpty();
    }

    /** The concrete paths to try for a rule and caller, each with whether it must be allowed. */
    private static Map<String, Boolean> targets(Rule rule, Caller caller, String template) {
        Map<String, Boolean> targets = new LinkedHashMap<>();
        switch (rule) {
            case SELF -> targets.put(template, true);
            case ADMIN_ONLY -> targets.put(template.replace("{username}", "khongco").replace("{id}", "0"),
                    caller.admin());
            case SCOPED_READ -> caller.units().forEach((relation, code) -> {
                boolean mine = relation.equals("own") || relation.equals("child") || relation.equals("grandchild");
                targets.put(template.contains("{code}") ? template.replace("{code}", code) + AS_OF
                        : template + AS_OF + "&parent=" + code, mine);
            });
            default -> throw new IllegalStateException(rule.name());
        }
        return targets;
    }

    private int call(String username, String method, String path, String mediaType) {
        WebClient client = new WebClient(base).withBasic(username, PASSWORD);
        String relative = path.substring(1);
        HttpResponse<String> response = switch (method) {
            case "GET" -> client.get(relative);
            case "POST", "PUT" -> client.sendBody(method, relative, mediaType, "{}");
            default -> client.send(method, relative);
        };
        return response.statusCode();
    }
}
