package vn.thidua.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Quảng Ninh's real units through the reforms of 2024 and 2025, read over the API within each caller's scope. */
@ExtendWith(ArquillianExtension.class)
class OrganizationIT {

    private static final String PASSWORD = "thidua-demo-2024";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    private URL base;

    private HttpResponse<String> get(String user, String path) {
        return new WebClient(base).withBasic(user, PASSWORD).get(path);
    }

    private JsonArray units(String user, String query) {
        HttpResponse<String> response = get(user, "api/org-units?" + query);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Json.createReader(new StringReader(response.body())).readArray();
    }

    private JsonObject object(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    private static List<String> codes(JsonArray units) {
        return units.getValuesAs(JsonObject.class).stream().map(u -> u.getString("code")).toList();
    }

    @ParameterizedTest(name = "{0}: {1} communes, {2} districts, {3} residential areas")
    @CsvSource({
            "2024-06-30, 177, 13, 1452",
            "2024-12-31, 171, 13, 1452",
            "2025-07-01,  54,  0, 1452",
    })
    void theStructureOnEachDateHasTheOfficialCounts(String date, int communes, int districts, int areas) {
        assertThat(units("admin", "asOf=" + date + "&level=COMMUNE")).hasSize(communes);
        assertThat(units("admin", "asOf=" + date + "&level=DISTRICT")).hasSize(districts);
        assertThat(units("admin", "asOf=" + date + "&level=RESIDENTIAL_AREA")).hasSize(areas);
    }

    @Test
    void aReusedCodeNamesDifferentUnitsOnDifferentDates() {
        assertThat(object(get("admin", "api/org-units/06652?asOf=2025-06-30")).getString("name"))
                .isEqualTo("Phường Hà Phong");
        assertThat(object(get("admin", "api/org-units/06652?asOf=2025-07-01")).getString("name"))
                .isEqualTo("Phường Hà Tu");
    }

    @Test
    void aXaThatBecameAPhuongKeepsItsCodeAndTheCityKeepsItsCommunes() {
        JsonObject before = object(get("admin", "api/org-units/205?asOf=2024-10-31"));
        JsonObject after = object(get("admin", "api/org-units/205?asOf=2024-11-01"));
        assertThat(before.getString("name")).isEqualTo("Thị xã Đông Triều");
        assertThat(after.getString("name")).isEqualTo("Thành phố Đông Triều");
        assertThat(units("admin", "asOf=2024-11-01&parent=205")).isNotEmpty();
    }

    @Test
    void everyUnitOf2025ListsItsPredecessorsBackTo2024() {
        for (String code : codes(units("admin", "asOf=2025-07-01&level=COMMUNE"))) {
            JsonArray steps = object(get("admin", "api/org-units/" + code + "/history?asOf=2025-07-01"))
                    .getJsonArray("predecessors");
            assertThat(steps).as(code).isNotEmpty();
            assertThat(steps.getValuesAs(JsonObject.class)).as(code)
                    .allSatisfy(step -> assertThat(step.getString("date")).isIn("2025-07-01", "2024-11-01"));
        }
        JsonArray dongTrieu = object(get("admin", "api/org-units/07093/history?asOf=2025-07-01"))
                .getJsonArray("predecessors");
        assertThat(dongTrieu.getValuesAs(JsonObject.class)).anySatisfy(step -> {
            assertThat(step.getString("date")).isEqualTo("2024-11-01");
            assertThat(step.getString("predecessorName")).isEqualTo("Phường Đông Triều");
        });
    }

    @Test
    void everyOldCommuneHandsItsHistoryToExactlyOneSuccessor() {
        for (String code : codes(units("admin", "asOf=2024-06-30&level=COMMUNE"))) {
            JsonArray successors = object(get("admin", "api/org-units/" + code + "/history?asOf=2024-06-30"))
                    .getJsonArray("successors");
            List<JsonObject> own = successors.getValuesAs(JsonObject.class).stream()
                    .filter(step -> step.getString("predecessorCode").equals(code))
                    .filter(step -> step.getString("date").compareTo("2025-07-01") <= 0) // not a test's later merge
                    .toList();
            if (code.equals("06718")) {
                assertThat(successors).as("Hoà Lạc: no known successor").isEmpty();
                continue;
            }
            assertThat(own.stream().filter(step -> step.getBoolean("inheritsHistory"))).as(code).hasSize(1);
        }
    }

    /**
     * Every commune of 2019 (but Hoà Lạc, closed without a successor) reaches exactly one commune of 2025 along the
     * links that inherit history, so a total over 2019–2025 for the 2025 communes counts each old record once.
     */
    @Test
    void eachOldCommuneIsCountedInExactlyOneCommuneOf2025() {
        List<String> reached = new java.util.ArrayList<>();
        for (String code : codes(units("admin", "asOf=2025-07-01&level=COMMUNE"))) {
            List<JsonObject> heirSteps = object(get("admin", "api/org-units/" + code + "/history?asOf=2025-07-01"))
                    .getJsonArray("predecessors").getValuesAs(JsonObject.class).stream()
                    .filter(step -> step.getBoolean("inheritsHistory")).toList();
            for (JsonObject reform : heirSteps) {
                if (reform.getString("date").equals("2025-07-01") && reform.getString("successorCode").equals(code)) {
                    String old = reform.getString("predecessorCode");
                    reached.add(old);
                    heirSteps.stream().filter(step -> step.getString("date").equals("2024-11-01")
                                    && step.getString("successorCode").equals(old))
                            .forEach(step -> reached.add(step.getString("predecessorCode")));
                }
            }
        }
        assertThat(reached).doesNotHaveDuplicates().hasSize(176).doesNotContain("06718")
                .containsAll(codes(units("admin", "asOf=2024-06-30&level=COMMUNE")).stream()
                        .filter(code -> !code.equals("06718")).toList());
    }

    @Test
    void aCommuneOfficerSeesOnlyTheirCommuneAndWhatItInherited() {
        assertThat(codes(units("xa1.canbo", "asOf=2024-06-30&level=COMMUNE")))
                .containsExactlyInAnyOrder("06652", "06664");
        assertThat(codes(units("xa1.canbo", "asOf=2025-07-01&level=COMMUNE"))).containsExactly("06652");
        assertThat(units("xa1.canbo", "asOf=2025-07-01&level=RESIDENTIAL_AREA")).isNotEmpty()
                .allSatisfy(area -> assertThat(area.asJsonObject().getString("parentCode")).isEqualTo("06652"));
    }

    @ParameterizedTest(name = "{0} may not read {1} as of {2}")
    @CsvSource({
            "xa1.canbo,   06649, 2024-06-30",
            "xa1.canbo,   06658, 2025-07-01",
            "xa2.canbo,   06652, 2024-06-30",
            "xa3.canbo,   06652, 2024-06-30",
            "xa1.lanhdao, 193,   2024-06-30",
            "halong.canbo, 194,  2024-06-30",
    })
    void aCallerGets403ForAnotherUnitsData(String user, String code, String date) {
        for (String path : List.of("api/org-units/" + code + "?asOf=" + date,
                "api/org-units/" + code + "/history?asOf=" + date)) {
            HttpResponse<String> response = get(user, path);
            assertThat(response.statusCode()).as(path).isEqualTo(403);
            assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        }
        assertThat(codes(units(user, "asOf=" + date))).doesNotContain(code);
    }

    @Test
    void aDistrictOfficerKeepsTheDistrictsPastAfterTheDistrictLevelEnded() {
        assertThat(units("halong.canbo", "asOf=2024-06-30&level=COMMUNE")).hasSizeGreaterThan(20)
                .allSatisfy(unit -> assertThat(unit.asJsonObject().getString("parentCode")).isEqualTo("193"));
        assertThat(units("halong.canbo", "asOf=2025-07-01")).isEmpty();
        assertThat(get("halong.canbo", "api/me").body()).contains("\"roles\":[]");
    }

    @Test
    void anEventCanBePreviewedWithoutChangingAnythingThenRecorded() {
        WebClient admin = new WebClient(base).withBasic("admin", PASSWORD);
        HttpResponse<String> preview = admin.postJson("api/org-units/events?dryRun=true", "{\"kind\":\"MERGE\","
                + "\"date\":\"2027-01-01\",\"codes\":[\"06652\",\"06658\"],\"survivorCode\":\"06652\"}");
        assertThat(object(preview).getJsonArray("ending").getString(0)).isEqualTo("Phường Cao Xanh (06658)");
        assertThat(object(get("admin", "api/org-units/06658?asOf=2027-01-02")).getString("name"))
                .isEqualTo("Phường Cao Xanh");

        HttpResponse<String> renamed = admin.postJson("api/org-units/events", "{\"kind\":\"CHANGE\","
                + "\"date\":\"2027-01-01\",\"code\":\"06709\",\"newName\":\"Phường Ka Long\"}");
        assertThat(object(renamed).getJsonArray("continuing").getString(0)).isEqualTo("Phường Ka Long (06709)");
        assertThat(object(get("admin", "api/org-units/06709?asOf=2026-12-31")).getString("name"))
                .isEqualTo("Phường Móng Cái 2");
        assertThat(object(get("admin", "api/org-units/06709?asOf=2027-01-01")).getString("name"))
                .isEqualTo("Phường Ka Long");
        HttpResponse<String> refused = admin.postJson("api/org-units/events", "{\"kind\":\"CLOSE\","
                + "\"date\":\"2026-12-01\",\"code\":\"06709\"}");
        assertThat(refused.statusCode()).as("a unit with areas below it cannot close").isEqualTo(400);
    }

    @Test
    void aBadDateIsRefusedWithAClearMessage() {
        HttpResponse<String> response = get("admin", "api/org-units?asOf=30/06/2024");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(object400(response).getString("detail")).contains("30/06/2024").contains("2025-07-01");
    }

    @Test
    void anUnknownUnitIs404() {
        assertThat(get("admin", "api/org-units/99999?asOf=2024-06-30").statusCode()).isEqualTo(404);
    }

    private static JsonObject object400(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).readObject();
    }
}
