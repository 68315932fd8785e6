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
 * Results, reports and nominations hide what is outside the caller's scope: there 404 counts as refused too. Writes
 * are tried with bodies that cannot change anything (a stale version, an empty form). Nominations are tried on drafts
 * the test makes today (2026: province and communes), proposed by communes 06652 and 06709 and by the province;
 * decisions and awards are those of the demo registry issued or proposed by the same units (or their predecessors
 * with the same code);
 * their files, nominees, a case about each nominee and a batch of each of those units are made the same way.
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
        ADMIN_ONLY,
        /** Any logged-in user (the answer is filtered, or about shared data such as the province's movements). */
        ANY,
        /** Holders of a managing role (administrator, leader, officer), whatever their unit. */
        MANAGER_ROLE,
        /** Holders of a reporting role (leader, officer), whatever their unit. */
        REPORTER_ROLE,
        /** Those who manage the province's movements: its administrators, leaders and officers. */
        PROVINCE_MANAGER,
        /** Any role, for a unit in the caller's subtree named by {unit} in the query; 404 outside. */
        UNIT_READ,
        /** Leaders and officers, for a unit in their subtree named by {unit}; 403/404 outside. */
        UNIT_REPORT,
        /** Administrators, leaders and officers, for a unit in their subtree named by {unit}; 403/404 outside. */
        UNIT_MANAGE,
        /**
         * Leaders and officers holding their role today, for a unit in their subtree named by {unit} (a review is
         * changed only with a role held today); 403/404 outside.
         */
        UNIT_REPORT_TODAY,
        /** Any role, for the report (by id) of a unit in the caller's subtree; 404 outside. */
        REPORT_READ,
        /** Leaders and officers, for the report (by id) of a unit in their subtree; 403/404 outside. */
        REPORT_WRITE,
        /** Any role held today at a unit on the nomination's route (its proposing unit and those above); 404 outside. */
        NOMINATION_READ,
        /** Leaders and officers of the unit that holds the nomination (a draft: its proposing unit); 403/404 elsewhere. */
        NOMINATION_WRITE,
        /** Leaders of the issuing unit named in the body (today); 403 elsewhere. */
        DECISION_SIGN,
        /** Any role held today, for a decision issued by their unit (or one it inherited) or above it; 404 outside. */
        DECISION_READ,
        /** Any role held today, for an award proposed by their unit (or one it inherited) or above it; 404 outside. */
        AWARD_READ,
        /** Any role held today over the nominee's unit (the unit of a matrix draft's new nominee); 404 outside. */
        NOMINEE_READ,
        /** Leaders and officers holding a role today over the nominee's unit; 403/404 elsewhere. */
        NOMINEE_WRITE,
        /** Any role held today over the batch's sending unit; 404 outside. */
        BATCH_READ,
        /** Leaders and officers of the batch's sending unit; 403/404 elsewhere. */
        BATCH_WRITE,
        /**
         * Public comments: any role on the nomination's route, or at or below the unit holding a nomination in public
         * comment (the drafts tried here are on their route only, as for NOMINATION_READ); 404 outside.
         */
        NOMINATION_COMMENT,
        /** Members of the council of the unit holding the nomination (who see it); 403/404 elsewhere. */
        COUNCIL_VOTER,
        /** Administrators whose scope reaches the unit named in the body (or the member's), and its own leaders. */
        COUNCIL_MANAGER,
        /** Leaders and officers holding their role at the unit named in the body itself, today; 403/404 elsewhere. */
        UNIT_STAFF,
        /** Any role whose scope reaches the session's unit today (and the members of its council); 404 outside. */
        SESSION_READ,
        /** Leaders and officers of the session's unit itself; 403/404 elsewhere. */
        SESSION_STAFF,
        /** The secretary of the session's council: an officer of its unit (or the member named secretary). */
        SESSION_SECRETARY,
        /** Any role whose scope reaches the review's unit today; 404 outside. */
        REVIEW_READ,
        /** Leaders and officers whose scope reaches the review's unit today; 403/404 elsewhere. */
        REVIEW_WRITE,
        /** Leaders whose scope reaches the review's unit today (approve, reopen); 403/404 elsewhere. */
        REVIEW_APPROVE
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
            Map.entry("POST /api/org-units/events", Rule.ADMIN_ONLY),
            Map.entry("GET /api/movements", Rule.ANY),
            Map.entry("GET /api/movements/{code}", Rule.ANY),
            Map.entry("POST /api/movements", Rule.MANAGER_ROLE),
            Map.entry("PUT /api/movements/{code}", Rule.PROVINCE_MANAGER),
            Map.entry("POST /api/movements/{code}/indicators", Rule.PROVINCE_MANAGER),
            Map.entry("GET /api/movements/{code}/targets", Rule.UNIT_READ),
            Map.entry("PUT /api/movements/{code}/targets", Rule.UNIT_MANAGE),
            Map.entry("POST /api/movements/{code}/targets/copy-down", Rule.UNIT_MANAGE),
            Map.entry("GET /api/rollups", Rule.UNIT_READ),
            Map.entry("GET /api/rollups/children", Rule.UNIT_READ),
            Map.entry("GET /api/rollups/indicators.xlsx", Rule.UNIT_READ),
            Map.entry("GET /api/rollups/children.xlsx", Rule.UNIT_READ),
            Map.entry("GET /api/reports", Rule.UNIT_READ),
            Map.entry("PUT /api/reports", Rule.UNIT_REPORT),
            Map.entry("GET /api/reports/template", Rule.UNIT_READ),
            Map.entry("POST /api/reports/import", Rule.UNIT_REPORT),
            Map.entry("GET /api/reports/{id}", Rule.REPORT_READ),
            Map.entry("POST /api/reports/{id}/actions", Rule.REPORT_WRITE),
            Map.entry("POST /api/reports/{id}/attachments", Rule.REPORT_WRITE),
            Map.entry("GET /api/reports/attachments/{attachmentId}", Rule.ANY),
            Map.entry("DELETE /api/reports/attachments/{attachmentId}", Rule.REPORTER_ROLE),
            Map.entry("GET /api/award-types", Rule.ANY),
            Map.entry("GET /api/nominations", Rule.ANY),
            Map.entry("POST /api/nominations", Rule.REPORTER_ROLE),
            Map.entry("GET /api/nominations/{id}", Rule.NOMINATION_READ),
            Map.entry("PUT /api/nominations/{id}", Rule.NOMINATION_WRITE),
            Map.entry("POST /api/nominations/{id}/actions", Rule.NOMINATION_WRITE),
            Map.entry("GET /api/decisions", Rule.ANY),
            Map.entry("POST /api/decisions", Rule.DECISION_SIGN),
            Map.entry("GET /api/decisions/{id}", Rule.DECISION_READ),
            Map.entry("GET /api/decisions/{id}/pdf", Rule.DECISION_READ),
            Map.entry("GET /api/awards", Rule.ANY),
            Map.entry("GET /api/awards/export", Rule.ANY),
            Map.entry("GET /api/awards/{id}/certificate.pdf", Rule.AWARD_READ),
            Map.entry("GET /api/nominations/{id}/attachments", Rule.NOMINATION_READ),
            Map.entry("POST /api/nominations/{id}/attachments", Rule.NOMINATION_WRITE),
            Map.entry("GET /api/nominations/{id}/attachments/{attachmentId}", Rule.NOMINATION_READ),
            Map.entry("DELETE /api/nominations/{id}/attachments/{attachmentId}", Rule.NOMINATION_WRITE),
            Map.entry("GET /api/nominees", Rule.ANY),
            Map.entry("GET /api/nominees/{id}", Rule.NOMINEE_READ),
            Map.entry("PUT /api/nominees/{id}", Rule.NOMINEE_WRITE),
            Map.entry("POST /api/nominees/{id}/cases", Rule.NOMINEE_WRITE),
            Map.entry("POST /api/nominees/{id}/cases/{caseId}/close", Rule.NOMINEE_WRITE),
            Map.entry("GET /api/batches", Rule.ANY),
            Map.entry("POST /api/batches", Rule.REPORTER_ROLE),
            Map.entry("GET /api/batches/template", Rule.ANY),
            Map.entry("GET /api/batches/{id}", Rule.BATCH_READ),
            Map.entry("PUT /api/batches/{id}", Rule.BATCH_WRITE),
            Map.entry("POST /api/batches/{id}/submit", Rule.BATCH_WRITE),
            Map.entry("POST /api/batches/{id}/import", Rule.BATCH_WRITE),
            Map.entry("GET /api/notifications", Rule.SELF),
            Map.entry("GET /api/notifications/unread", Rule.SELF),
            Map.entry("POST /api/notifications/read", Rule.SELF),
            Map.entry("GET /api/mail-settings", Rule.ADMIN_ONLY),
            Map.entry("PUT /api/mail-settings", Rule.ADMIN_ONLY),
            Map.entry("POST /api/mail-settings/test", Rule.ADMIN_ONLY),
            Map.entry("POST /api/award-types", Rule.ADMIN_ONLY),
            Map.entry("PUT /api/award-types/{code}", Rule.ADMIN_ONLY),
            Map.entry("GET /api/nominations/{id}/votes", Rule.NOMINATION_READ),
            Map.entry("POST /api/nominations/{id}/votes", Rule.COUNCIL_VOTER),
            Map.entry("GET /api/nominations/{id}/comments", Rule.NOMINATION_COMMENT),
            Map.entry("POST /api/nominations/{id}/comments", Rule.NOMINATION_COMMENT),
            Map.entry("GET /api/public-comment", Rule.ANY),
            Map.entry("GET /api/council-members", Rule.UNIT_READ),
            Map.entry("POST /api/council-members", Rule.COUNCIL_MANAGER),
            Map.entry("PUT /api/council-members/{id}", Rule.COUNCIL_MANAGER),
            Map.entry("GET /api/council-sessions", Rule.UNIT_READ),
            Map.entry("POST /api/council-sessions", Rule.UNIT_STAFF),
            Map.entry("GET /api/council-sessions/{id}", Rule.SESSION_READ),
            Map.entry("GET /api/council-sessions/{id}/minutes", Rule.SESSION_READ),
            Map.entry("POST /api/council-sessions/{id}/agenda", Rule.SESSION_STAFF),
            Map.entry("DELETE /api/council-sessions/{id}/agenda/{nominationId}", Rule.SESSION_STAFF),
            Map.entry("POST /api/council-sessions/{id}/written-votes", Rule.SESSION_SECRETARY),
            Map.entry("POST /api/council-sessions/{id}/close", Rule.SESSION_STAFF),
            Map.entry("GET /api/stage-deadlines", Rule.ANY),
            Map.entry("PUT /api/stage-deadlines/{state}", Rule.ADMIN_ONLY),
            Map.entry("GET /api/reviews", Rule.ANY),
            Map.entry("POST /api/reviews", Rule.UNIT_REPORT_TODAY),
            Map.entry("GET /api/reviews/{id}", Rule.REVIEW_READ),
            Map.entry("GET /api/reviews/{id}/pdf", Rule.REVIEW_READ),
            Map.entry("GET /api/reviews/{id}/xlsx", Rule.REVIEW_READ),
            Map.entry("GET /api/reviews/{id}/docx", Rule.REVIEW_READ),
            Map.entry("GET /api/reviews/{id}/tracking", Rule.REVIEW_READ),
            Map.entry("PUT /api/reviews/{id}/sections/{section}", Rule.REVIEW_WRITE),
            Map.entry("PUT /api/reviews/{id}/targets", Rule.REVIEW_WRITE),
            Map.entry("POST /api/reviews/{id}/approve", Rule.REVIEW_APPROVE),
            Map.entry("POST /api/reviews/{id}/reopen", Rule.REVIEW_APPROVE));

    private static final String MOVEMENT = "TET_VI_NGUOI_NGHEO";

    /** The query of operations about a unit; {unit} is replaced by the unit's code. */
    private static final Map<String, String> QUERIES = Map.ofEntries(
            Map.entry("GET /api/reports/template", "?movement=" + MOVEMENT + "&unit={unit}&period=2024"),
            Map.entry("POST /api/reports/import", "?movement=" + MOVEMENT + "&unit={unit}&period=2024"),
            Map.entry("GET /api/movements/{code}/targets", "?unit={unit}&year=2024"),
            Map.entry("PUT /api/movements/{code}/targets", ""),
            Map.entry("POST /api/movements/{code}/targets/copy-down", "?unit={unit}&year=2024"),
            Map.entry("GET /api/rollups", "?movement=" + MOVEMENT + "&unit={unit}&asOf=2024-06-30&from=2024&to=2024"),
            Map.entry("GET /api/rollups/children", "?movement=" + MOVEMENT + "&unit={unit}&asOf=2024-06-30&from=2024&to=2024"),
            Map.entry("GET /api/rollups/indicators.xlsx", "?movement=" + MOVEMENT + "&unit={unit}&asOf=2024-06-30&from=2024&to=2024"),
            Map.entry("GET /api/rollups/children.xlsx", "?movement=" + MOVEMENT + "&unit={unit}&asOf=2024-06-30&from=2024&to=2024"),
            Map.entry("GET /api/reports", "?movement=" + MOVEMENT + "&unit={unit}&period=2024"),
            Map.entry("PUT /api/reports", "?movement=" + MOVEMENT + "&unit={unit}&period=2024"),
            Map.entry("GET /api/council-members", "?unit={unit}&asOf=2024-06-30"),
            Map.entry("GET /api/council-sessions", "?unit={unit}&asOf=2024-06-30"),
            Map.entry("POST /api/reviews", ""));

    /** Bodies that pass the checks of form but change nothing: a stale version, a value that is not entered. */
    private static final Map<String, String> BODIES = Map.ofEntries(
            Map.entry("POST /api/decisions", "{\"unitCode\":\"{unit}\",\"nominationIds\":[]}"),
            Map.entry("POST /api/batches", "{\"unitCode\":\"KHONG_CO\"}"),
            Map.entry("PUT /api/batches/{id}", "{\"version\":-1}"),
            Map.entry("POST /api/batches/{id}/submit", "{\"version\":-1}"),
            Map.entry("POST /api/nominations/{id}/votes", "{\"choice\":\"agree\"}"),
            Map.entry("POST /api/nominations/{id}/comments", "{\"text\":\"Ma trận quyền\"}"),
            Map.entry("POST /api/council-members", "{\"unitCode\":\"{unit}\"}"),
            Map.entry("PUT /api/council-members/{id}", "{\"version\":-1}"),
            Map.entry("POST /api/council-sessions", "{\"unitCode\":\"{unit}\"}"),
            Map.entry("POST /api/council-sessions/{id}/close", "{\"version\":-1}"),
            Map.entry(
"PUT /api/movements/{code}/targets",
            "{\"indicator\":\"NO_SUCH\",\"unit\":\"{unit}\",\"year\":2024,\"amount\":1}"),
            Map.entry("PUT /api/reports", "{\"version\":-1,\"values\":{}}"),
            Map.entry("POST /api/reports/{id}/actions", "{\"action\":\"submit\",\"version\":-1}"),
            Map.entry("POST /api/nominations/{id}/actions", "{\"action\":\"submit\",\"version\":-1}"),
            Map.entry("PUT /api/nominations/{id}", "{\"version\":-1}"),
            Map.entry("PUT /api/nominees/{id}", "{\"version\":-1,\"name\":\"Ma trận quyền\"}"),
            Map.entry("POST /api/reviews", "{\"unit\":\"{unit}\",\"from\":2024,\"to\":2024}"),
            Map.entry("PUT /api/reviews/{id}/sections/{section}", "{\"version\":-1,\"text\":\"Ma trận quyền\"}"),
            Map.entry("PUT /api/reviews/{id}/targets", "{\"version\":-1,\"targets\":[]}"),
            Map.entry("POST /api/reviews/{id}/approve", "{\"version\":-1}"),
            Map.entry("POST /api/reviews/{id}/reopen", "{\"version\":-1,\"reason\":\"Ma trận quyền\"}"));

    /** Each caller's unit today (2026), where their roles act on nominations; none when their role has ended. */
    private static final Map<String, String> UNIT_TODAY = Map.of("admin", "22", "tinh.canbo", "22",
            "tinh.lanhdao", "22", "hoidong1", "22", "xem", "22", "xa1.canbo", "06652", "xa1.lanhdao", "06652",
            "xa2.canbo", "06658", "xa3.canbo", "06709");

    /** The proposers of the nominations the matrix makes, by unit: an officer there. */
    private static final Map<String, String> PROPOSERS = Map.of("06652", "xa1.canbo", "06709", "xa3.canbo",
            "22", "tinh.canbo");

    /** The councils the callers sit on (demo data: the province's council). */
    private static final Map<String, String> COUNCIL_SEATS = Map.of("hoidong1", "22");

    /** Who sits on the councils of the communes in the matrix: nobody the matrix calls as. */
    private static final Map<String, String> COMMUNE_MEMBERS = Map.of("06652", "hoidong3", "06709", "hoidong4");

    /** A caller, their role, and the units around their own, by relation. */
    record Caller(String username, String role, Map<String, String> units) {

        boolean admin() {
            return role.equals("ADMIN");
        }

        boolean reporter() {
            return role.equals("LEADER") || role.equals("OFFICER");
        }

        boolean manager() {
            return admin() || reporter();
        }

        boolean atProvince() {
            return units.get("own").equals("22");
        }
    }

    private static final List<Caller> CALLERS = List.of(
            new Caller("admin", "ADMIN", Map.of("own", "22", "child", "193", "grandchild", "06652")),
            new Caller("tinh.canbo", "OFFICER", Map.of("own", "22", "child", "193", "grandchild", "06709")),
            new Caller("tinh.lanhdao", "LEADER", Map.of("own", "22", "child", "194")),
            new Caller("hoidong1", "COUNCIL_MEMBER", Map.of("own", "22", "child", "195")),
            new Caller("xem", "VIEWER", Map.of("own", "22", "child", "193")),
            new Caller("halong.canbo", "OFFICER", Map.of("own", "193", "child", "06652", "sibling", "194",
                    "parent", "22", "other", "06709")),
            new Caller("halong.lanhdao", "LEADER", Map.of("own", "193", "child", "06649", "sibling", "195",
                    "parent", "22", "other", "06709")),
            new Caller("xa1.canbo", "OFFICER", Map.of("own", "06652", "child", "06652.01", "sibling", "06649",
                    "parent", "193", "other", "06709")),
            new Caller("xa1.lanhdao", "LEADER", Map.of("own", "06652", "child", "06652.02", "sibling", "06649",
                    "parent", "193", "other", "06709")),
            new Caller("xa2.canbo", "OFFICER", Map.of("own", "06649", "child", "06649.01", "sibling", "06652",
                    "parent", "193", "other", "06709")),
            new Caller("xa3.canbo", "OFFICER", Map.of("own", "06709", "child", "06709.01", "sibling", "06712",
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
                for (Map.Entry<String, Boolean> target : targets(rule, caller, operation, template).entrySet()) {
                    String path = target.getKey();
                    String body = BODIES.getOrDefault(operation, "{}").replace("{unit}", unitOf(path));
                    int status = call(caller.username(), operation.substring(0, operation.indexOf(' ')), path,
                            entry.getValue(), body);
                    boolean hidden = rule.name().startsWith("UNIT_") || rule.name().startsWith("REPORT_")
                            || rule.name().startsWith("NOMINATION_") || rule == Rule.DECISION_READ
                            || rule == Rule.AWARD_READ || rule.name().startsWith("NOMINEE_")
                            || rule.name().startsWith("BATCH_") || rule.name().startsWith("SESSION_")
                            || rule.name().startsWith("COUNCIL_") || rule.name().startsWith("REVIEW_");
                    boolean allowed = status != 403 && status != 401 && !(hidden && status == 404);
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
    private Map<String, Boolean> targets(Rule rule, Caller caller, String operation, String template) {
        Map<String, Boolean> targets = new LinkedHashMap<>();
        String concrete = template.replace("{code}", MOVEMENT).replace("{attachmentId}", "0");
        switch (rule) {
            case SELF, ANY -> targets.put(concrete, true);
            case MANAGER_ROLE -> targets.put(concrete, caller.manager());
            case REPORTER_ROLE -> targets.put(concrete, caller.reporter());
            case PROVINCE_MANAGER -> targets.put(concrete, caller.manager() && caller.atProvince());
            case UNIT_READ, UNIT_REPORT, UNIT_MANAGE, UNIT_REPORT_TODAY -> {
                boolean role = rule == Rule.UNIT_READ || (rule == Rule.UNIT_MANAGE ? caller.manager()
                        : caller.reporter() && (rule != Rule.UNIT_REPORT_TODAY || UNIT_TODAY.containsKey(caller.username())));
                caller.units().forEach((relation, code) -> targets.put(
                        concrete + QUERIES.get(operation).replace("{unit}", code) + marker(code),
                        role && below(relation)));
            }
            case REPORT_READ, REPORT_WRITE -> caller.units().forEach((relation, code) -> reportId(code).ifPresent(
                    id -> targets.put(concrete.replace("{id}", id) + marker(code),
                            below(relation) && (rule == Rule.REPORT_READ || caller.reporter()))));
            case NOMINATION_READ, NOMINATION_WRITE, NOMINATION_COMMENT, COUNCIL_VOTER -> PROPOSERS.keySet().forEach(unit -> {
                String path = template.replace("{id}", nominationId(unit));
                if (path.contains("{attachmentId}")) {
                    path = path.replace("{attachmentId}", operation.startsWith("DELETE ") ? newAttachment(unit)
                            : attachmentIds.computeIfAbsent(unit, this::newAttachment));
                }
                targets.put(path + marker(unit), rule == Rule.NOMINATION_WRITE ? holder(caller, unit)
                        : rule == Rule.COUNCIL_VOTER ? unit.equals(COUNCIL_SEATS.get(caller.username()))
                        : onRoute(caller, unit));
            });
            case DECISION_SIGN -> PROPOSERS.keySet().forEach(unit -> targets.put(concrete + marker(unit),
                    caller.role().equals("LEADER") && unit.equals(UNIT_TODAY.get(caller.username()))));
            case DECISION_READ, AWARD_READ -> PROPOSERS.keySet().forEach(unit -> {
                String today = UNIT_TODAY.get(caller.username());
                boolean seen = today != null && (today.equals(unit) || today.equals("22") || unit.equals("22"));
                String id = rule == Rule.DECISION_READ ? registryId("decisions", "issuingUnitCode", unit)
                        : registryId("awards", "unitCode", unit);
                targets.put(concrete.replace("{id}", id) + marker(unit), seen);
            });
            case NOMINEE_READ, NOMINEE_WRITE, BATCH_READ, BATCH_WRITE -> PROPOSERS.keySet().forEach(unit -> {
                String today = UNIT_TODAY.get(caller.username());
                boolean covers = today != null && (today.equals(unit) || today.equals("22"));
                boolean allowed = switch (rule) {
                    case NOMINEE_READ, BATCH_READ -> covers;
                    case NOMINEE_WRITE -> covers && caller.reporter();
                    default -> caller.reporter() && unit.equals(today);
                };
                String path = rule.name().startsWith("NOMINEE_")
                        ? template.replace("{id}", nomineeId(unit)).replace("{caseId}", caseId(unit))
                        : template.replace("{id}", batchId(unit));
                targets.put(path + marker(unit), allowed);
            });
            case SESSION_READ, SESSION_STAFF, SESSION_SECRETARY -> PROPOSERS.keySet().forEach(unit -> targets.put(
                    concrete.replace("{id}", sessionId(unit)).replace("{nominationId}", "0") + marker(unit),
                    rule == Rule.SESSION_READ ? onRoute(caller, unit)
                            : rule == Rule.SESSION_STAFF ? holder(caller, unit)
                            : caller.role().equals("OFFICER") && holder(caller, unit)));
            case UNIT_STAFF -> PROPOSERS.keySet().forEach(unit ->
                    targets.put(concrete + marker(unit), holder(caller, unit)));
            case COUNCIL_MANAGER -> PROPOSERS.keySet().forEach(unit -> targets.put(
                    concrete.replace("{id}", memberId(unit)) + marker(unit),
                    caller.admin() || caller.role().equals("LEADER") && unit.equals(UNIT_TODAY.get(caller.username()))));
            case REVIEW_READ, REVIEW_WRITE, REVIEW_APPROVE -> PROPOSERS.keySet().forEach(unit -> targets.put(
                    concrete.replace("{id}", reviewId(unit)).replace("{section}", "lessons") + marker(unit),
                    onRoute(caller, unit) && (rule == Rule.REVIEW_READ
                            || (rule == Rule.REVIEW_WRITE ? caller.reporter() : caller.role().equals("LEADER")))));
            case ADMIN_ONLY -> targets.put(template.replace("{username}", "khongco").replace("{id}", "0")
                    .replace("{code}", "KHONG_CO").replace("{state}", "RECEIVED"), caller.admin());
            case SCOPED_READ -> caller.units().forEach((relation, code) -> {
                boolean mine = below(relation);
                targets.put(template.contains("{code}") ? template.replace("{code}", code) + AS_OF
                        : template + AS_OF + "&parent=" + code, mine);
            });
            default -> throw new IllegalStateException(rule.name());
        }
        return targets;
    }

    /** Whether the caller's role today is at the unit or at the province above it (the drafts' routes). */
    private static boolean onRoute(Caller caller, String unit) {
        String today = UNIT_TODAY.get(caller.username());
        return today != null && (today.equals(unit) || today.equals("22"));
    }

    /** Whether the caller is a leader or officer of the unit itself today. */
    private static boolean holder(Caller caller, String unit) {
        return caller.reporter() && unit.equals(UNIT_TODAY.get(caller.username()));
    }

    private static boolean below(String relation) {
        return relation.equals("own") || relation.equals("child") || relation.equals("grandchild");
    }

    /** A fragment naming the unit a path is about (for bodies and messages; not sent). */
    private static String marker(String code) {
        return "#" + code;
    }

    private static String unitOf(String path) {
        return path.contains("#") ? path.substring(path.indexOf('#') + 1) : "";
    }

    private final Map<String, java.util.Optional<String>> reportIds = new java.util.HashMap<>();

    /** The id of the unit's 2024 report of the movement (communes, districts, the province have one). */
    private java.util.Optional<String> reportId(String code) {
        return reportIds.computeIfAbsent(code, c -> {
            HttpResponse<String> response = new WebClient(base).withBasic("admin", PASSWORD)
                    .get("api/reports?movement=" + MOVEMENT + "&unit=" + c + "&period=2024");
            if (response.statusCode() != 200) {
                return java.util.Optional.empty();
            }
            JsonObject report = Json.createReader(new StringReader(response.body())).readObject();
            return report.isNull("id") || !report.containsKey("id") ? java.util.Optional.empty()
                    : java.util.Optional.of(report.getJsonNumber("id").toString());
        });
    }

    private final Map<String, String> nominationIds = new java.util.HashMap<>();

    /** A draft nomination proposed today by the unit's officer (a new nominee, the commemorative medal). */
    private String nominationId(String unit) {
        return nominationIds.computeIfAbsent(unit, u -> {
            HttpResponse<String> created = new WebClient(base).withBasic(PROPOSERS.get(u), PASSWORD)
                    .postJson("api/nominations", "{\"unitCode\":\"" + u + "\",\"awardType\":\"KY_NIEM_CHUONG\","
                            + "\"yearFrom\":2025,\"summary\":\"Ma trận quyền\",\"nominee\":{\"kind\":\"INDIVIDUAL\","
                            + "\"name\":\"Người Đề Nghị Thử " + u + "\"}}");
            if (created.statusCode() != 201) {
                throw new IllegalStateException(created.statusCode() + " " + created.body());
            }
            return Json.createReader(new StringReader(created.body())).readObject().getJsonNumber("id").toString();
        });
    }

    /**
     * The id of a demo decision issued (or award proposed) by the unit with this code, found by the administrator in
     * the registry (the unit's family, 2019 onwards).
     */
    private String registryId(String resource, String unitField, String unit) {
        HttpResponse<String> found = new WebClient(base).withBasic("admin", PASSWORD)
                .get("api/" + resource + "?unit=" + unit + "&size=100");
        jakarta.json.JsonStructure body = Json.createReader(new StringReader(found.body())).read();
        jakarta.json.JsonArray items = body instanceof JsonObject page ? page.getJsonArray("items")
                : body.asJsonArray();
        return items.getValuesAs(JsonObject.class).stream().filter(item -> item.getString(unitField).equals(unit))
                .findFirst().orElseThrow(() -> new IllegalStateException("no demo " + resource + " of " + unit))
                .getJsonNumber("id").toString();
    }

    private final Map<String, String> attachmentIds = new java.util.HashMap<>();
    private final Map<String, String> nomineeIds = new java.util.HashMap<>();
    private final Map<String, String> caseIds = new java.util.HashMap<>();
    private final Map<String, String> batchIds = new java.util.HashMap<>();

    /** A new file on the unit's draft, added by its proposer (a fresh one for each removal tried). */
    private String newAttachment(String unit) {
        return created(new WebClient(base).withBasic(PROPOSERS.get(unit), PASSWORD).post("api/nominations/"
                + nominationId(unit) + "/attachments?name=ma-tran.pdf", "application/pdf",
                "%PDF-1.4\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII))).getJsonNumber("id").toString();
    }

    /** The nominee of the unit's draft (recorded at that unit). */
    private String nomineeId(String unit) {
        return nomineeIds.computeIfAbsent(unit, u -> created(new WebClient(base).withBasic(PROPOSERS.get(u), PASSWORD)
                .get("api/nominations/" + nominationId(u))).getJsonObject("nominee").getJsonNumber("id").toString());
    }

    /** A complaint recorded about the unit's nominee by the unit's proposer. */
    private String caseId(String unit) {
        return caseIds.computeIfAbsent(unit, u -> created(new WebClient(base).withBasic(PROPOSERS.get(u), PASSWORD)
                .postJson("api/nominees/" + nomineeId(u) + "/cases", "{\"kind\":\"COMPLAINT\","
                        + "\"description\":\"Ma trận quyền\"}")).getJsonArray("cases").getJsonObject(0)
                .getJsonNumber("id").toString());
    }

    /** An empty submission batch of the unit, made by its proposer. */
    private String batchId(String unit) {
        return batchIds.computeIfAbsent(unit, u -> created(new WebClient(base).withBasic(PROPOSERS.get(u), PASSWORD)
                .postJson("api/batches", "{\"unitCode\":\"" + u + "\"}")).getJsonNumber("id").toString());
    }

    private static JsonObject created(HttpResponse<String> response) {
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException(response.statusCode() + " " + response.body());
        }
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    private final Map<String, String> sessionIds = new java.util.HashMap<>();

    /** An open session of the unit's council, held by the unit's officer. */
    private String sessionId(String unit) {
        return sessionIds.computeIfAbsent(unit, u -> {
            HttpResponse<String> created = new WebClient(base).withBasic(PROPOSERS.get(u), PASSWORD)
                    .postJson("api/council-sessions", "{\"unitCode\":\"" + u + "\",\"title\":\"Phiên ma trận quyền\"}");
            return idOf(created);
        });
    }

    private final Map<String, String> reviewIds = new java.util.HashMap<>();

    /** A draft review of the unit for 2025, made by its proposer. */
    private String reviewId(String unit) {
        return reviewIds.computeIfAbsent(unit, u -> idOf(new WebClient(base).withBasic(PROPOSERS.get(u), PASSWORD)
                .postJson("api/reviews", "{\"unit\":\"" + u + "\",\"from\":2025,\"to\":2025}")));
    }

    private final Map<String, String> memberIds = new java.util.HashMap<>();

    /** A member of the unit's council: a demo member of the province's, one seated by the matrix elsewhere. */
    private String memberId(String unit) {
        return memberIds.computeIfAbsent(unit, u -> {
            WebClient admin = new WebClient(base).withBasic("admin", PASSWORD);
            if (!COMMUNE_MEMBERS.containsKey(u)) {
                return Json.createReader(new StringReader(admin.get("api/council-members?unit=" + u).body()))
                        .readArray().getJsonObject(0).getJsonNumber("id").toString();
            }
            return idOf(admin.postJson("api/council-members", "{\"unitCode\":\"" + u + "\",\"username\":\""
                    + COMMUNE_MEMBERS.get(u) + "\"}"));
        });
    }

    private static String idOf(HttpResponse<String> created) {
        if (created.statusCode() != 201) {
            throw new IllegalStateException(created.statusCode() + " " + created.body());
        }
        return Json.createReader(new StringReader(created.body())).readObject().getJsonNumber("id").toString();
    }

    private final Map<String, WebClient> clients = new java.util.HashMap<>();

    /** The status of one call; a connection the server closed before answering is tried once more. */
    private int call(String username, String method, String path, String mediaType, String body) {
        WebClient client = clients.computeIfAbsent(username, u -> new WebClient(base).withBasic(u, PASSWORD));
        String relative = path.substring(1, path.contains("#") ? path.indexOf('#') : path.length());
        try {
            return send(client, method, relative, mediaType, body);
        } catch (IllegalStateException e) {
            if (!(e.getCause() instanceof java.io.IOException)) {
                throw e;
            }
            System.err.println(username + " " + method + " " + relative + ": " + e.getCause() + ", tried again");
            return send(client, method, relative, mediaType, body);
        }
    }

    private static int send(WebClient client, String method, String relative, String mediaType, String body) {
        HttpResponse<String> response = switch (method) {
            case "GET" -> client.get(relative);
            case "POST", "PUT" -> client.sendBody(method, relative, mediaType, body);
            default -> client.send(method, relative);
        };
        return response.statusCode();
    }
}
