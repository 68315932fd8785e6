package vn.thidua.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Results over the API: the seed report's province totals from the demo data; the workflow of a movement made for
 * the test (a commune and its residential areas report, the commune approves its areas, the province the commune);
 * a second save on a stale version; and a commune officer kept out of another commune's report by every path.
 */
@ExtendWith(ArquillianExtension.class)
class ResultsIT {

    private static final String PASSWORD = "thidua-demo-2024";
    private static final String PERIOD = "2026";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    private URL base;

    private WebClient as(String user, String password) {
        return new WebClient(base).withBasic(user, password);
    }

    private static JsonObject object(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isBetween(200, 201);
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    private static JsonArray array(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Json.createReader(new StringReader(response.body())).readArray();
    }

    @ParameterizedTest(name = "{0} {1} = {2}")
    @CsvSource({
            "TET_VI_NGUOI_NGHEO, GIFTS, 354325",
            "TET_VI_NGUOI_NGHEO, GIFT_VALUE, 220340000000",
            "HO_TRO_NHA_O, SUPPORT_VALUE, 157800000000",
            "NHA_DAI_DOAN_KET, HOUSES, 2513",
            "NHA_DAI_DOAN_KET, HOUSE_VALUE, 106900000000",
            "TO_CONG_NGHE_SO, TEAMS, 1473",
    })
    void theProvinceRollUpFor2019To2024IsTheSeedReportsExactly(String movement, String indicator, String total) {
        assertThat(value(movement, indicator).getJsonNumber("value").bigDecimalValue()).isEqualByComparingTo(total);
    }

    @Test
    void digitalTeamsCoverAllCommunesAndResidentialAreasWithOverElevenThousandMembers() {
        JsonObject communes = value("TO_CONG_NGHE_SO", "COMMUNE_COVERAGE");
        assertThat(communes.getInt("numerator")).isEqualTo(177);
        assertThat(communes.getInt("denominator")).isEqualTo(177);
        JsonObject areas = value("TO_CONG_NGHE_SO", "AREA_COVERAGE");
        assertThat(areas.getInt("numerator")).isEqualTo(1452);
        assertThat(areas.getInt("denominator")).isEqualTo(1452);
        assertThat(areas.getJsonNumber("value").bigDecimalValue()).isEqualByComparingTo("100");
        assertThat(value("TO_CONG_NGHE_SO", "MEMBERS").getJsonNumber("value").longValue()).isGreaterThan(11_000);
        assertThat(value("NGAY_HOI_DDK", "HELD_SHARE").getJsonNumber("target").bigDecimalValue())
                .isEqualByComparingTo("100");
    }

    @Test
    void the2025ResultsOfTheNewCommunesRollUpToTheProvinceAndToTheirHistory() {
        JsonArray communes = array(as("tinh.canbo", PASSWORD).get(
                "api/rollups/children?movement=TET_VI_NGUOI_NGHEO&unit=22&from=2025&to=2025"));
        assertThat(communes).hasSize(54);
        long sum = communes.getValuesAs(JsonObject.class).stream().mapToLong(c ->
                c.getJsonArray("values").getJsonObject(0).getJsonNumber("value").longValue()).sum();
        JsonObject province = object(as("tinh.canbo", PASSWORD).get(
                "api/rollups?movement=TET_VI_NGUOI_NGHEO&unit=22&from=2025&to=2025"));
        assertThat(province.getJsonArray("values").getJsonObject(0).getJsonNumber("value").longValue())
                .isEqualTo(sum).isPositive();
        // Hà Tu (since 2025) carries what Hà Phong and the other communes merged into it reported before.
        long haTu = gifts(as("xa1.canbo", PASSWORD), "06652", "2019", "2024", "");
        long haPhong = gifts(as("xa1.canbo", PASSWORD), "06652", "2019", "2024", "&asOf=2024-06-30");
        assertThat(haTu).isGreaterThan(haPhong).isPositive();
    }

    private JsonObject value(String movement, String indicator) {
        JsonObject rollup = object(as("tinh.canbo", PASSWORD).get(
                "api/rollups?movement=" + movement + "&unit=22&from=2019&to=2024"));
        assertThat(rollup.getBoolean("approvedOnly")).isTrue();
        return rollup.getJsonArray("values").getValuesAs(JsonObject.class).stream()
                .filter(v -> v.getString("indicator").equals(indicator)).findFirst().orElseThrow();
    }

    private static long gifts(WebClient client, String unit, String from, String to, String extra) {
        JsonObject rollup = object(client.get("api/rollups?movement=TET_VI_NGUOI_NGHEO&unit=" + unit + "&from=" + from
                + "&to=" + to + extra));
        return rollup.getJsonArray("values").getJsonObject(0).getJsonNumber("value").longValue();
    }

    /** A movement of the test, reported in 2026 by one commune (the one with fewest areas) and its areas. */
    private record Setup(String movement, String commune, List<String> areas, WebClient officer, WebClient other,
                         WebClient province) {
    }

    private Setup setup() {
        WebClient province = as("tinh.canbo", PASSWORD);
        List<String> communes = array(province.get("api/org-units?asOf=2026-06-30&level=COMMUNE"))
                .getValuesAs(JsonObject.class).stream().map(u -> u.getString("code")).toList();
        String commune = communes.stream().limit(12).min(Comparator.comparingInt(c -> areas(province, c).size()))
                .orElseThrow();
        String otherCommune = communes.stream().filter(c -> !c.equals(commune)).findFirst().orElseThrow();
        String code = "IT_" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        object(province.postJson("api/movements", "{\"code\":\"" + code + "\",\"kind\":\"EMULATION\","
                + "\"name\":\"Phong trào thử nghiệm\",\"launchingUnitCode\":\"22\",\"participantRootCode\":\""
                + commune + "\",\"yearFrom\":2026,\"yearTo\":2026,\"periodKind\":\"YEAR\",\"status\":\"ACTIVE\"}"));
        object(province.postJson("api/movements/" + code + "/indicators", "{\"code\":\"GIFTS\",\"nameVi\":"
                + "\"Suất quà\",\"kind\":\"COUNT\",\"unitOfMeasure\":\"suất\",\"entryLevelCode\":\"COMMUNE\"}"));
        object(province.postJson("api/movements/" + code + "/indicators", "{\"code\":\"HELD\",\"nameVi\":"
                + "\"Tổ chức Ngày hội\",\"kind\":\"YES_NO\",\"entryLevelCode\":\"RESIDENTIAL_AREA\"}"));
        object(province.postJson("api/movements/" + code + "/indicators", "{\"code\":\"HELD_SHARE\",\"nameVi\":"
                + "\"Tỷ lệ tổ chức\",\"kind\":\"COVERAGE\",\"sourceCode\":\"HELD\"}"));
        TestAccounts.Account officer = TestAccounts.fresh(base, "OFFICER", commune);
        TestAccounts.Account other = TestAccounts.fresh(base, "OFFICER", otherCommune);
        return new Setup(code, commune, areas(province, commune), as(officer.username(), officer.password()),
                as(other.username(), other.password()), province);
    }

    private static List<String> areas(WebClient client, String commune) {
        return array(client.get("api/org-units?asOf=2026-06-30&parent=" + commune)).getValuesAs(JsonObject.class)
                .stream().map(u -> u.getString("code")).toList();
    }

    private static String reportPath(Setup s, String unit) {
        return "api/reports?movement=" + s.movement() + "&unit=" + unit + "&period=" + PERIOD;
    }

    private static JsonObject save(Setup s, WebClient client, String unit, Object version, String values) {
        return object(client.sendJson("PUT", reportPath(s, unit),
                "{\"version\":" + version + ",\"values\":{" + values + "}}"));
    }

    private static HttpResponse<String> act(WebClient client, JsonObject report, String action, String reason) {
        return client.postJson("api/reports/" + report.getJsonNumber("id") + "/actions", "{\"action\":\"" + action
                + "\",\"version\":" + report.getJsonNumber("version") + (reason == null ? ""
                : ",\"reason\":\"" + reason + "\"") + "}");
    }

    private static String problem(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        return Json.createReader(new StringReader(response.body())).readObject().getString("detail");
    }

    @Test
    void reportsAreApprovedLevelByLevelChildrenFirst() {
        Setup s = setup();
        for (String area : s.areas()) {
            JsonObject saved = save(s, s.officer(), area, "null", "\"HELD\":{\"flag\":true}");
            object(act(s.officer(), saved, "submit", null));
        }
        JsonObject commune = save(s, s.officer(), s.commune(), "null", "\"GIFTS\":{\"amount\":5}");
        assertThat(problem(s.officer().sendJson("PUT", reportPath(s, s.commune()), "{\"version\":"
                + commune.getJsonNumber("version") + ",\"values\":{\"GIFTS\":{\"amount\":-1}}}")))
                .contains("không được là số âm");
        commune = object(act(s.officer(), commune, "submit", null));
        assertThat(commune.getString("status")).isEqualTo("SUBMITTED");

        // The province cannot approve the commune before the commune has approved its residential areas.
        assertThat(problem(act(s.province(), commune, "approve", null))).contains(s.areas().get(0));

        // Returning needs a reason; the area resubmits and the commune approves all its areas.
        JsonObject first = object(s.officer().get(reportPath(s, s.areas().get(0))));
        assertThat(problem(act(s.officer(), first, "return", " "))).contains("lý do");
        first = object(act(s.officer(), first, "return", "Thiếu ảnh minh chứng"));
        assertThat(first.getString("status")).isEqualTo("RETURNED");
        assertThat(first.getString("returnReason")).isEqualTo("Thiếu ảnh minh chứng");
        first = save(s, s.officer(), s.areas().get(0), first.getJsonNumber("version"), "\"HELD\":{\"flag\":true}");
        object(act(s.officer(), first, "submit", null));
        for (String area : s.areas()) {
            JsonObject report = object(s.officer().get(reportPath(s, area)));
            assertThat(object(act(s.officer(), report, "approve", null)).getString("status")).isEqualTo("APPROVED");
        }
        // A commune officer cannot approve their own commune's report: that is the level above.
        commune = object(s.officer().get(reportPath(s, s.commune())));
        assertThat(act(s.officer(), commune, "approve", null).statusCode()).isEqualTo(403);
        commune = object(act(s.province(), commune, "approve", null));
        assertThat(commune.getString("status")).isEqualTo("APPROVED");
        JsonObject share = rollupValue(s, "HELD_SHARE");
        assertThat(share.getInt("numerator")).isEqualTo(s.areas().size());
        assertThat(share.getInt("denominator")).isEqualTo(s.areas().size());
        assertThat(rollupValue(s, "GIFTS").getInt("value")).isEqualTo(5);

        // The areas' approvals are now locked: no edits, no unapproving them.
        JsonObject locked = object(s.officer().get(reportPath(s, s.areas().get(0))));
        assertThat(locked.getString("status")).isEqualTo("LOCKED");
        assertThat(problem(s.officer().sendJson("PUT", reportPath(s, s.areas().get(0)), "{\"version\":"
                + locked.getJsonNumber("version") + ",\"values\":{\"HELD\":{\"flag\":false}}}")))
                .contains("không sửa được");
        assertThat(problem(act(s.officer(), locked, "unapprove", null))).contains("khoá");

        // Unapproving reopens the commune's report for edits and takes its values out of the approved totals.
        commune = object(act(s.province(), commune, "unapprove", null));
        assertThat(commune.getString("status")).isEqualTo("DRAFT");
        assertThat(rollupValue(s, "GIFTS").getInt("value")).isZero();
        commune = save(s, s.officer(), s.commune(), commune.getJsonNumber("version"), "\"GIFTS\":{\"amount\":7}");
        assertThat(commune.getJsonArray("lines").getJsonObject(0).getJsonObject("value").getInt("amount"))
                .isEqualTo(7);
        assertThat(object(s.officer().get(reportPath(s, s.areas().get(0)))).getString("status")).isEqualTo("APPROVED");
    }

    private JsonObject rollupValue(Setup s, String indicator) {
        JsonObject rollup = object(s.province().get("api/rollups?movement=" + s.movement() + "&unit=" + s.commune()
                + "&from=2026&to=2026"));
        return rollup.getJsonArray("values").getValuesAs(JsonObject.class).stream()
                .filter(v -> v.getString("indicator").equals(indicator)).findFirst().orElseThrow();
    }

    @Test
    void theSecondOfTwoSavesOfTheSameVersionIsToldTheReportChanged() {
        Setup s = setup();
        JsonObject created = save(s, s.officer(), s.commune(), "null", "\"GIFTS\":{\"amount\":1}");
        save(s, s.officer(), s.commune(), created.getJsonNumber("version"), "\"GIFTS\":{\"amount\":2}");
        assertThat(problem(s.officer().sendJson("PUT", reportPath(s, s.commune()), "{\"version\":"
                + created.getJsonNumber("version") + ",\"values\":{\"GIFTS\":{\"amount\":3}}}")))
                .contains("vừa được người khác thay đổi");
        JsonObject now = object(s.officer().get(reportPath(s, s.commune())));
        assertThat(now.getJsonArray("lines").getJsonObject(0).getJsonObject("value").getInt("amount")).isEqualTo(2);
    }

    @Test
    void aCommuneOfficerCannotReachAnotherCommunesReportByAnyPath() {
        Setup s = setup();
        JsonObject report = save(s, s.officer(), s.commune(), "null", "\"GIFTS\":{\"amount\":4}");
        String id = report.getJsonNumber("id").toString();
        HttpResponse<String> attached = s.officer().post("api/reports/" + id + "/attachments?name=bien-ban.pdf",
                "application/pdf", pdf());
        JsonObject file = object(attached);
        String fileId = file.getJsonNumber("id").toString();
        WebClient other = s.other();
        assertThat(other.get(reportPath(s, s.commune())).statusCode()).isEqualTo(404);
        assertThat(other.get("api/reports/" + id).statusCode()).isEqualTo(404);
        assertThat(other.sendJson("PUT", reportPath(s, s.commune()), "{\"version\":" + report.getJsonNumber("version")
                + ",\"values\":{\"GIFTS\":{\"amount\":9}}}").statusCode()).isEqualTo(404);
        assertThat(act(other, report, "submit", null).statusCode()).isEqualTo(404);
        assertThat(other.post("api/reports/" + id + "/attachments?name=bien-ban.pdf", "application/pdf", pdf()).statusCode())
                .isEqualTo(404);
        assertThat(other.get("api/reports/attachments/" + fileId).statusCode()).isEqualTo(404);
        assertThat(other.send("DELETE", "api/reports/attachments/" + fileId).statusCode()).isEqualTo(404);
        assertThat(other.get("api/rollups?movement=" + s.movement() + "&unit=" + s.commune() + "&from=2026&to=2026")
                .statusCode()).isEqualTo(404);
        // Nothing changed, and the owner still reads both.
        JsonObject mine = object(s.officer().get("api/reports/" + id));
        assertThat(mine.getJsonArray("lines").getJsonObject(0).getJsonObject("value").getInt("amount")).isEqualTo(4);
        assertThat(mine.getJsonArray("attachments")).hasSize(1);
        assertThat(s.officer().get("api/reports/attachments/" + fileId).body()).startsWith("%PDF");
    }

    @Test
    void evidenceMustBeAPdfAnImageOrADocx() {
        Setup s = setup();
        JsonObject report = save(s, s.officer(), s.commune(), "null", "\"GIFTS\":{\"amount\":4}");
        String path = "api/reports/" + report.getJsonNumber("id") + "/attachments?name=minh-chung.pdf";
        HttpResponse<String> exe = s.officer().post(path, "application/pdf", "MZ\u0090\u0000 not a pdf".getBytes());
        assertThat(problem(exe)).contains("không được nhận");
        assertThat(object(s.officer().get("api/reports/" + report.getJsonNumber("id")))
                .getJsonArray("attachments")).isEmpty();
    }

    private static byte[] pdf() {
        return "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    }
}
