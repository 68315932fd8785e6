package vn.thidua.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.thidua.result.excel.TestSheets;

/**
 * The dossier around nominations on the server, with the demo accounts in the 2026 structure (communes 06652 of
 * xa1.canbo and 06709 of xa3.canbo under the province 22): files judged by their bytes and size and hidden from
 * other communes; a list of nominees imported into a batch all or nothing; a batch sent through the transition
 * table, refused as a whole for one nominee with a pending case; a nominee's record corrected by the officers over
 * its unit; the inbox of the unit a dossier arrives at; e-mail
 * after the step; and the pages of all this.
 */
@ExtendWith(ArquillianExtension.class)
class DossierIT {

    private static final String PASSWORD = TestAccounts.DEMO_PASSWORD;
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final byte[] PDF = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"
            .getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 0};

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    private URL base;

    @Test
    void aFileIsJudgedByItsBytesAndSizeAndComesBackAsItWasJudged() {
        JsonObject draft = draft("xa1.canbo", "BANG_KHEN", person("Nguyễn Thị Tệp"));
        long id = id(draft);
        WebClient officer = as("xa1.canbo");

        HttpResponse<String> disguised = officer.post(files(id) + "?kind=achievement-report&name=bao-cao.pdf",
                "application/pdf", PNG);
        assertThat(disguised.statusCode()).isEqualTo(400);
        assertThat(disguised.body()).contains("không được nhận");
        assertThat(officer.post(files(id) + "?name=chay.exe", "application/octet-stream",
                "MZ\u0090\u0000".getBytes(StandardCharsets.ISO_8859_1)).statusCode()).isEqualTo(400);
        byte[] large = Arrays.copyOf(PDF, 10 * 1024 * 1024 + 1);
        HttpResponse<String> tooLarge = officer.post(files(id) + "?name=lon.pdf", "application/pdf", large);
        assertThat(tooLarge.statusCode()).isEqualTo(400);
        assertThat(tooLarge.body()).contains("lớn quá 10 MB");
        byte[] huge = Arrays.copyOf(PDF, 12 * 1024 * 1024);
        for (HttpResponse<String> refused : List.of(officer.post(files(id) + "?name=lon.pdf", "application/pdf", huge),
                officer.postChunked(files(id) + "?name=lon.pdf", "application/pdf", huge))) {
            assertThat(refused.statusCode()).as("not read past the API's limit, said or not").isEqualTo(413);
            assertThat(refused.body()).contains("lớn quá 11 MB");
        }
        assertThat(officer.post(files(id) + "?name=rong.pdf", "application/pdf", new byte[0]).statusCode())
                .isEqualTo(400);
        assertThat(items(officer.get(files(id)))).isEmpty();

        JsonObject report = object(officer.post(files(id) + "?kind=achievement-report&name=B%C3%A1o%20c%C3%A1o.pdf",
                "application/octet-stream", PDF));
        assertThat(report.getString("kind")).isEqualTo("ACHIEVEMENT_REPORT");
        assertThat(report.getString("contentType")).isEqualTo("application/pdf");
        assertThat(report.getString("fileName")).isEqualTo("Báo cáo.pdf");
        HttpResponse<String> second = officer.post(files(id) + "?kind=achievement-report&name=khac.pdf",
                "application/pdf", PDF);
        assertThat(second.body()).contains("đã có báo cáo thành tích");
        JsonObject changed = object(officer.get("api/nominations/" + id));
        assertThat(changed.getJsonNumber("version").longValue()).isGreaterThan(version(draft));

        HttpResponse<byte[]> download = as("tinh.canbo").getBytes(files(id) + "/" + id(report));
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.body()).isEqualTo(PDF);
        assertThat(download.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t)
                .startsWith("application/pdf"));
        assertThat(download.headers().firstValue("Content-Disposition")).hasValueSatisfying(d -> assertThat(d)
                .startsWith("attachment;").contains("B%C3%A1o%20c%C3%A1o.pdf"));
        assertThat(as("tinh.canbo").post(files(id) + "?name=them.pdf", "application/pdf", PDF).statusCode())
                .isEqualTo(403);

        act("xa1.canbo", id, "submit");
        HttpResponse<String> afterSubmit = officer.post(files(id) + "?name=muon.pdf", "application/pdf", PDF);
        assertThat(afterSubmit.statusCode()).isEqualTo(400);
        assertThat(afterSubmit.body()).contains("đã gửi đi");
        assertThat(officer.send("DELETE", files(id) + "/" + id(report)).statusCode()).isEqualTo(400);
    }

    @Test
    void aCommuneOfficerCannotReachAnotherCommunesFilesByAnyPath() {
        long id = id(draft("xa1.canbo", "BANG_KHEN", person("Trần Văn Kín")));
        long file = id(object(as("xa1.canbo").post(files(id) + "?name=bang-chung.pdf", "application/pdf", PDF)));
        WebClient other = as("xa3.canbo");
        long own = id(draft("xa3.canbo", "BANG_KHEN", person("Nông Văn Riêng")));

        assertThat(other.getBytes(files(id) + "/" + file).statusCode()).isEqualTo(404);
        assertThat(other.get(files(id)).statusCode()).isEqualTo(404);
        assertThat(other.send("DELETE", files(id) + "/" + file).statusCode()).isEqualTo(404);
        assertThat(other.post(files(id) + "?name=x.pdf", "application/pdf", PDF).statusCode()).isEqualTo(404);
        assertThat(other.getBytes(files(own) + "/" + file).statusCode()).isEqualTo(404);
        assertThat(other.send("DELETE", files(own) + "/" + file).statusCode()).isEqualTo(404);
        assertThat(items(as("xa1.canbo").get(files(id)))).hasSize(1);
    }

    @Test
    void aNomineeListWithOneBadRowIsRefusedNamingItAndNothingIsSaved() throws IOException {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        JsonObject batch = object(as("xa1.canbo").postJson("api/batches", "{\"letterNumber\":\"12/TTr-MTTQ\"}"));
        String path = "api/batches/" + id(batch);
        List<List<Object>> rows = List.of(
                List.of("Họ tên", "Loại đối tượng", "Năm sinh", "Giới tính", "Chức vụ", "Mã đơn vị",
                        "Hình thức khen thưởng", "Năm thành tích", "Tóm tắt thành tích"),
                List.of("Phạm Văn Nhập " + tag, "Cá nhân", 1970, "Nam", "Trưởng khu", "", "Bằng khen", "2024-2025",
                        "Vận động nhân dân hiến đất làm đường"),
                List.of("Khu phố Nhập " + tag, "Tập thể", "", "", "", "", "Huân chương Lao động", 2025,
                        "Khu dân cư kiểu mẫu"),
                List.of("Lê Thị Nhập " + tag, "Cá nhân", 1985, "Nữ", "", "06652", "GIAY_KHEN", 2025,
                        "Tích cực trong công tác Mặt trận"));

        HttpResponse<String> refused = as("xa1.canbo").post(path + "/import", XLSX, TestSheets.xlsx(rows));

        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(422);
        JsonObject answer = Json.createReader(new StringReader(refused.body())).readObject();
        assertThat(answer.getInt("rows")).isEqualTo(3);
        assertThat(answer.getInt("created")).isZero();
        assertThat(answer.getJsonArray("problems").getValuesAs(JsonObject.class)).singleElement().satisfies(p -> {
            assertThat(p.getInt("row")).isEqualTo(3);
            assertThat(p.getString("message")).isEqualTo("Dòng 3: Không có hình thức khen thưởng Huân chương Lao động.");
        });
        assertThat(object(as("xa1.canbo").get(path)).getJsonArray("items")).isEmpty();
        assertThat(object(as("xa1.canbo").get("api/nominees?q=nhap%20" + tag)).getInt("total")).isZero();

        List<List<Object>> fixed = List.of(rows.get(0), rows.get(1), List.of("Khu phố Nhập " + tag, "Tập thể", "",
                "", "", "", "Bằng khen", 2025, "Khu dân cư kiểu mẫu"), rows.get(3));
        JsonObject done = object(as("xa1.canbo").post(path + "/import", XLSX, TestSheets.xlsx(fixed)));
        assertThat(done.getInt("created")).isEqualTo(3);
        assertThat(object(as("xa1.canbo").get(path)).getJsonArray("items")).hasSize(3);
        JsonObject found = object(as("xa1.canbo").get("api/nominees?q=pham%20van%20nhap%20" + tag));
        assertThat(found.getJsonArray("items").getValuesAs(JsonObject.class)).singleElement()
                .satisfies(n -> assertThat(n.getString("name")).isEqualTo("Phạm Văn Nhập " + tag));
        assertThat(object(as("xa3.canbo").get("api/nominees?q=nhap%20" + tag)).getInt("total")).isZero();

        HttpResponse<String> again = as("xa1.canbo").post(path + "/import", XLSX, TestSheets.xlsx(fixed));
        assertThat(again.statusCode()).isEqualTo(422);
        assertThat(again.body()).contains("Dòng 2: Phạm Văn Nhập " + tag + " đã có trong hệ thống (mã đối tượng");
    }

    @Test
    void theDeceasedColumnOfANomineeListMarksTheNewPersonAndAnUnclearValueIsNamed() throws IOException {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        String path = "api/batches/" + id(object(as("xa1.canbo").postJson("api/batches",
                "{\"letterNumber\":\"13/TTr-MTTQ\"}")));
        List<Object> header = List.of("Họ tên", "Loại đối tượng", "Hình thức khen thưởng", "Năm thành tích",
                "Tóm tắt thành tích", "Đã mất");
        List<Object> living = List.of("Trần Văn Sống " + tag, "Cá nhân", "Bằng khen", 2025, "Tích cực", "Không");

        HttpResponse<String> unclear = as("xa1.canbo").post(path + "/import", XLSX, TestSheets.xlsx(List.of(header,
                living, List.of("Đỗ Văn Mất " + tag, "Cá nhân", "Bằng khen", 2025, "Tích cực", "chưa rõ"))));
        assertThat(unclear.statusCode()).isEqualTo(422);
        assertThat(unclear.body()).contains("Dòng 3: cột \\\"Đã mất\\\" ghi \\\"chưa rõ\\\"");

        JsonObject done = object(as("xa1.canbo").post(path + "/import", XLSX, TestSheets.xlsx(List.of(header,
                living, List.of("Đỗ Văn Mất " + tag, "Cá nhân", "Bằng khen", 2025, "Tích cực", "Có")))));
        assertThat(done.getInt("created")).isEqualTo(2);
        assertThat(items(as("xa1.canbo").get("api/nominees?q=" + tag))).extracting(n -> n.getString("name")
                + (n.getBoolean("deceased") ? " †" : "")).containsExactlyInAnyOrder("Trần Văn Sống " + tag,
                "Đỗ Văn Mất " + tag + " †");
    }

    @Test
    void aNomineeRecordIsCorrectedByTheOfficersOverItsUnitOnlyWithItsVersionAndTheChangeIsAudited() {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        long id = id(draft("xa1.canbo", "BANG_KHEN", person("Nguyễn Văn Sủa " + tag)));
        long nominee = object(as("xa1.canbo").get("api/nominations/" + id)).getJsonObject("nominee")
                .getJsonNumber("id").longValue();
        String path = "api/nominees/" + nominee;
        long version = version(object(as("xa1.canbo").get(path)));
        String corrected = "{\"version\":" + version + ",\"name\":\"Nguyễn Văn Sửa " + tag + "\",\"birthYear\":1969,"
                + "\"gender\":\"MALE\",\"jobTitle\":\"Nguyên Trưởng ban công tác Mặt trận\",\"deceased\":true}";

        assertThat(as("xa3.canbo").sendJson("PUT", path, corrected).statusCode()).isEqualTo(404);
        assertThat(as("xem").sendJson("PUT", path, corrected).statusCode()).isEqualTo(403);
        HttpResponse<String> stale = as("xa1.canbo").sendJson("PUT", path, corrected.replace("\"version\":" + version,
                "\"version\":" + (version + 7)));
        assertThat(stale.statusCode()).isEqualTo(400);
        assertThat(stale.body()).contains("vừa được người khác thay đổi");
        JsonObject saved = object(as("xa1.canbo").sendJson("PUT", path, corrected));

        JsonObject record = saved.getJsonObject("nominee");
        assertThat(record.getString("name")).isEqualTo("Nguyễn Văn Sửa " + tag);
        assertThat(record.getInt("birthYear")).isEqualTo(1969);
        assertThat(record.getString("gender")).isEqualTo("MALE");
        assertThat(record.getBoolean("deceased")).isTrue();
        assertThat(version(saved)).isGreaterThan(version);
        assertThat(items(as("xa1.canbo").get("api/nominees?q=nguyen%20van%20sua%20" + tag))).hasSize(1);
        assertThat(as("xa1.canbo").sendJson("PUT", path, "{\"version\":" + version(saved) + ",\"name\":\" \"}")
                .body()).contains("Hãy nhập tên đối tượng");
        assertThat(AuditPage.actions(as("admin"), "Nominee", nominee, "NOMINEE_")).containsExactly("NOMINEE_CORRECTED");
        WebClient officer = new WebClient(base);
        officer.login("xa1.canbo", PASSWORD);
        assertThat(page(officer, "dossier/nominee.xhtml?id=" + nominee)).contains("Nguyễn Văn Sửa " + tag)
                .contains("id=\"edit:save\"");
    }

    @Test
    void aBatchIsSentThroughTheTableOrNotAtAllAndTheInboxOfTheUnitReachedCountsIt() {
        String name = "Vũ Văn Đến " + UUID.randomUUID().toString().substring(0, 6);
        JsonObject good = draft("xa1.canbo", "BANG_KHEN", person(name));
        JsonObject blocked = draft("xa1.canbo", "BANG_KHEN", person("Đặng Thị Chờ"));
        long blockedNominee = blocked.getJsonObject("nominee").getJsonNumber("id").longValue();
        JsonObject nominee = object(as("xa1.canbo").postJson("api/nominees/" + blockedNominee + "/cases",
                "{\"kind\":\"DISCIPLINE\",\"description\":\"Đang xem xét kỷ luật khiển trách\"}"));
        JsonObject pending = nominee.getJsonArray("cases").getJsonObject(0);
        JsonObject batch = object(as("xa1.canbo").postJson("api/batches", "{\"letterNumber\":\"15/TTr-MTTQ\","
                + "\"letterDate\":\"2026-01-05\",\"coverLetter\":\"Đề nghị tặng Bằng khen\",\"nominationIds\":["
                + id(good) + "," + id(blocked) + "]}"));
        String path = "api/batches/" + id(batch);
        long before = unread("tinh.canbo");
        long proposerBefore = unread("xa1.canbo");

        HttpResponse<String> refused = as("xa1.canbo").postJson(path + "/submit", "{\"version\":" + version(batch) + "}");

        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(422);
        assertThat(refused.body()).contains("Đặng Thị Chờ").contains("xem xét kỷ luật").doesNotContain(name);
        assertThat(object(as("xa1.canbo").get("api/nominations/" + id(good))).getString("state")).isEqualTo("DRAFT");
        JsonObject stillOpen = object(as("xa1.canbo").get(path));
        assertThat(stillOpen.containsKey("sentAt") && !stillOpen.isNull("sentAt")).isFalse();
        assertThat(unread("tinh.canbo")).isEqualTo(before);

        object(as("xa1.canbo").postJson("api/nominees/" + blockedNominee + "/cases/" + id(pending) + "/close",
                "{\"version\":" + version(pending) + ",\"note\":\"Không kỷ luật\"}"));
        JsonObject sent = object(as("xa1.canbo").postJson(path + "/submit", "{\"version\":" + version(stillOpen) + "}"));

        assertThat(sent.getString("sentAt")).isNotBlank();
        assertThat(sent.getJsonArray("items").getValuesAs(JsonObject.class))
                .allSatisfy(item -> assertThat(item.getString("state")).isEqualTo("SUBMITTED"));
        JsonObject history = object(as("tinh.canbo").get("api/nominations/" + id(good)));
        assertThat(history.getString("currentUnitCode")).isEqualTo("22");
        assertThat(history.getJsonArray("history").getJsonObject(0).getString("comment"))
                .isEqualTo("Tờ trình số 15/TTr-MTTQ ngày 05/01/2026");
        assertThat(unread("tinh.canbo")).isEqualTo(before + 2);
        assertThat(unread("xa1.canbo")).isEqualTo(proposerBefore);
        JsonObject inbox = object(as("tinh.canbo").get("api/notifications?size=5"));
        assertThat(inbox.getJsonArray("items").getValuesAs(JsonObject.class)).anySatisfy(n -> {
            assertThat(n.getString("text")).isEqualTo("Hồ sơ đề nghị Bằng khen cho " + name
                    + " đã được gửi đến Tỉnh Quảng Ninh: cần tiếp nhận.");
            assertThat(n.getString("link")).isEqualTo("dossier/nomination.xhtml?id=" + id(good));
            assertThat(n.getBoolean("read")).isFalse();
        });

        WebClient browser = new WebClient(base);
        browser.login("tinh.canbo", PASSWORD);
        String page = browser.get("index.xhtml").body();
        assertThat(page).containsPattern("id=\"unread\" class=\"badge\">" + (before + 2) + "<");
        object(as("tinh.canbo").postJson("api/notifications/read", "{\"all\":true}"));
        assertThat(unread("tinh.canbo")).isZero();
        assertThat(browser.get("index.xhtml").body()).doesNotContain("class=\"badge\"");
    }

    @Test
    void eMailLeavesAfterTheStepForThoseWithAnAddressAndThePasswordIsNeverShown() throws Exception {
        WebClient admin = as("admin");
        TestAccounts.Account officer = TestAccounts.fresh(base, "OFFICER", "22");
        String address = officer.username() + "@example.vn";
        object(admin.sendJson("PUT", "api/users/" + officer.username(), "{\"displayName\":\"Cán Bộ Thư\","
                + "\"email\":\"" + address + "\",\"enabled\":true}"));
        try (FakeSmtp smtp = new FakeSmtp()) {
            long version = version(object(admin.get("api/mail-settings")));
            JsonObject saved = object(admin.sendJson("PUT", "api/mail-settings", "{\"version\":" + version
                    + ",\"host\":\"127.0.0.1\",\"port\":" + smtp.port() + ",\"security\":\"NONE\",\"username\":"
                    + "\"thidua\",\"password\":\"mat-khau-smtp\",\"fromAddress\":\"thidua@example.vn\","
                    + "\"appUrl\":\"https://thidua.example.vn\"}"));
            assertThat(saved.getBoolean("enabled")).isTrue();
            assertThat(saved.getBoolean("passwordSet")).isTrue();
            assertThat(admin.get("api/mail-settings").body()).doesNotContain("mat-khau-smtp");
            object(admin.sendJson("PUT", "api/mail-settings", "{\"version\":" + version(saved)
                    + ",\"host\":\"127.0.0.1\",\"port\":" + smtp.port() + ",\"security\":\"NONE\","
                    + "\"clearPassword\":true,\"fromAddress\":\"thidua@example.vn\","
                    + "\"appUrl\":\"https://thidua.example.vn\"}"));

            long id = id(draft("xa1.canbo", "BANG_KHEN", person("Hoàng Văn Thư")));
            act("xa1.canbo", id, "submit");

            FakeSmtp.Mail mail = null;
            for (int i = 0; i < 5 && (mail == null || !mail.recipients().contains(address)); i++) {
                mail = smtp.next(20);
            }
            assertThat(mail).isNotNull();
            assertThat(mail.recipients()).containsExactly(address);
            assertThat(mail.data()).contains("From: thidua@example.vn").contains("To: " + address)
                    .contains("Subject: =?UTF-8?");
        } finally {
            long version = version(object(admin.get("api/mail-settings")));
            object(admin.sendJson("PUT", "api/mail-settings", "{\"version\":" + version + ",\"host\":\"\","
                    + "\"fromAddress\":\"\"}"));
        }
    }

    @Test
    void thePagesOfTheDossierShowItsParts() {
        long id = id(draft("xa1.canbo", "BANG_KHEN", person("Bùi Thị Trang")));
        long nominee = object(as("xa1.canbo").get("api/nominations/" + id)).getJsonObject("nominee")
                .getJsonNumber("id").longValue();
        as("xa1.canbo").post(files(id) + "?kind=achievement-report&name=thanh-tich.pdf", "application/pdf", PDF);
        long batch = id(object(as("xa1.canbo").postJson("api/batches", "{\"nominationIds\":[" + id + "]}")));
        WebClient officer = new WebClient(base);
        officer.login("xa1.canbo", PASSWORD);

        assertThat(object(as("xa1.canbo").get(files(id))).getBoolean("mayChange")).isTrue();
        assertThat(object(as("tinh.canbo").get(files(id))).getBoolean("mayChange")).isFalse();
        assertThat(page(officer, "dossier/nomination.xhtml?id=" + id)).contains("Bùi Thị Trang")
                .contains("thanh-tich.pdf").contains("Báo cáo thành tích").contains("id=\"files:upload\"");
        assertThat(page(officer, "dossier/batch.xhtml?id=" + batch)).contains("Bùi Thị Trang")
                .contains("id=\"letter:send\"");
        assertThat(page(officer, "dossier/batches.xhtml")).contains("Tờ trình đề nghị khen thưởng");
        assertThat(page(officer, "dossier/nominee.xhtml?id=" + nominee)).contains("Bùi Thị Trang")
                .contains("id=\"cases:record\"");
        assertThat(page(officer, "dossier/nominees.xhtml")).contains("Đối tượng khen thưởng");
        assertThat(page(officer, "inbox.xhtml")).contains("id=\"inbox:table\"");

        WebClient other = new WebClient(base);
        other.login("xa3.canbo", PASSWORD);
        assertThat(page(other, "dossier/nomination.xhtml?id=" + id)).doesNotContain("Bùi Thị Trang")
                .contains("Không tìm thấy hồ sơ");

        WebClient admin = new WebClient(base);
        admin.login("admin", PASSWORD);
        assertThat(page(admin, "admin/award-types.xhtml")).contains("Kỷ niệm chương").contains("50%");
        assertThat(page(admin, "admin/mail.xhtml")).contains("id=\"mail:host\"");
    }

    private static String page(WebClient client, String path) {
        HttpResponse<String> response = client.get(path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return response.body();
    }

    private long unread(String user) {
        return object(as(user).get("api/notifications/unread")).getJsonNumber("unread").longValue();
    }

    private JsonObject draft(String user, String awardType, String nominee) {
        HttpResponse<String> created = as(user).postJson("api/nominations", "{\"awardType\":\"" + awardType
                + "\",\"yearFrom\":2025,\"summary\":\"Có nhiều đóng góp cho công tác Mặt trận\",\"nominee\":"
                + nominee + "}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return object(created);
    }

    private static String person(String name) {
        return "{\"kind\":\"INDIVIDUAL\",\"name\":\"" + name + "\",\"birthYear\":1972,\"gender\":\"FEMALE\"}";
    }

    private void act(String user, long id, String action) {
        long version = version(object(as(user).get("api/nominations/" + id)));
        object(as(user).postJson("api/nominations/" + id + "/actions", "{\"action\":\"" + action + "\",\"version\":"
                + version + "}"));
    }

    private static String files(long nominationId) {
        return "api/nominations/" + nominationId + "/attachments";
    }

    private WebClient as(String user) {
        return new WebClient(base).withBasic(user, PASSWORD);
    }

    private static long id(JsonObject object) {
        return object.getJsonNumber("id").longValue();
    }

    private static long version(JsonObject object) {
        return object.getJsonNumber("version").longValue();
    }

    private static JsonObject object(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isBetween(200, 201);
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    private static List<JsonObject> items(HttpResponse<String> response) {
        return object(response).getJsonArray("items").getValuesAs(JsonObject.class);
    }
}
