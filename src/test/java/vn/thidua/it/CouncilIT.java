package vn.thidua.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpResponse;
import java.text.Normalizer;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The council and public comment over the API and the pages, with the demo accounts in the 2026 structure: the
 * province's council has five members (hoidong1..5, hoidong5 its secretary), tinh.canbo is its officer and
 * tinh.lanhdao its leader; dossiers come from commune 06652 (xa1.canbo). No answer and no page shows how a member
 * voted: what a reader gets is the same whichever way the member voted. A dossier before the council goes back for
 * supplement only once no open session has it. Tests never change the province's council.
 */
@ExtendWith(ArquillianExtension.class)
class CouncilIT {

    private static final String PASSWORD = "thidua-demo-2024";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    private URL base;

    @Test
    void nothingTheApiOrThePagesShowRevealsHowAMemberVoted() {
        String first = name("Nguyễn Văn An");
        String second = name("Nguyễn Văn Bảo");
        long a = toCouncil(first);
        long b = toCouncil(second);
        long session = session("Phiên bỏ phiếu kín", a, b);

        JsonObject agreed = object(vote("hoidong1", a, "agree"));
        JsonObject disagreed = object(vote("hoidong1", b, "disagree"));
        assertThat(same(agreed, a, first)).isEqualTo(same(disagreed, b, second));
        assertThat(agreed.toString()).doesNotContainIgnoringCase("agree\":").doesNotContain("AGREE");

        for (String reader : List.of("hoidong1", "hoidong2", "tinh.canbo", "tinh.lanhdao", "xem", "admin")) {
            String tallyA = same(object(as(reader).get("api/nominations/" + a + "/votes")), a, first);
            String tallyB = same(object(as(reader).get("api/nominations/" + b + "/votes")), b, second);
            assertThat(tallyA).as(reader).isEqualTo(tallyB).contains("\"votesCast\":1").doesNotContain("AGREE");
            Map<Long, String> items = agendaJson(object(as(reader).get("api/council-sessions/" + session)));
            assertThat(same(items.get(a), a, first)).as(reader).isEqualTo(same(items.get(b), b, second));
            String page = as(reader).get("council/session.xhtml?id=" + session).body();
            assertThat(pageItem(page, first, a)).as(reader).isEqualTo(pageItem(page, second, b))
                    .contains("Lê Văn Hùng");
        }
        assertThat(as("hoidong1").get("council/session.xhtml?id=" + session).body())
                .contains("Bạn đã bỏ phiếu cho hồ sơ này.");

        JsonObject closed = close(session, "Kết thúc phiên bỏ phiếu kín");
        assertThat(closed.getString("status")).isEqualTo("CLOSED");
        assertThat(object(as("xem").get("api/nominations/" + a + "/votes")).getJsonObject("result").getInt("agree"))
                .isEqualTo(1);
    }

    @Test
    void aMemberVotesOnceAndOnlyMembersOfTheCouncilVote() {
        long id = toCouncil(name("Trần Thị Cúc"));
        long session = session("Phiên một người một phiếu", id);

        assertThat(vote("hoidong2", id, "abstain").statusCode()).isEqualTo(200);
        HttpResponse<String> again = vote("hoidong2", id, "agree");
        assertThat(again.statusCode()).isEqualTo(400);
        assertThat(again.body()).contains("mỗi người chỉ bỏ một phiếu");
        assertThat(vote("tinh.canbo", id, "agree").statusCode()).isEqualTo(403);
        assertThat(vote("xa3.canbo", id, "agree").statusCode()).isEqualTo(404);
        assertThat(vote("hoidong3", id, "maybe").statusCode()).isEqualTo(400);
        HttpResponse<String> notSecretary = as("hoidong1").postJson("api/council-sessions/" + session
                + "/written-votes", "{\"nominationId\":" + id + ",\"memberId\":" + memberId("hoidong4")
                + ",\"choice\":\"agree\"}");
        assertThat(notSecretary.statusCode()).isEqualTo(403);
        assertThat(object(as("tinh.canbo").get("api/nominations/" + id + "/votes")).getInt("votesCast"))
                .isEqualTo(1);
    }

    @Test
    void theThresholdCountsAllMembersAndTheTransitionTableDecidesWhatFollows() throws IOException {
        String threeName = name("Lê Văn Dũng");
        long three = toCouncil(threeName);
        long two = toCouncil(name("Phạm Thị Êm"));
        long session = session("Phiên xét Bằng khen", three, two);
        vote("hoidong1", three, "agree");
        vote("hoidong2", three, "agree");
        JsonObject written = object(as("tinh.canbo").postJson("api/council-sessions/" + session + "/written-votes",
                "{\"nominationId\":" + three + ",\"memberId\":" + memberId("hoidong3") + ",\"choice\":\"agree\"}"));
        assertThat(written.toString()).contains("\"written\":true").doesNotContain("AGREE");
        vote("hoidong1", two, "agree");
        vote("hoidong2", two, "agree");
        vote("hoidong3", two, "disagree");

        HttpResponse<String> early = step("tinh.lanhdao", three, "publish", null);
        assertThat(early.statusCode()).as("nothing counts before the session closes").isEqualTo(400);

        close(session, "Hội đồng họp, 3 thành viên có mặt, 1 phiếu gửi bằng văn bản.");
        JsonObject passed = object(as("tinh.lanhdao").get("api/nominations/" + three + "/votes"))
                .getJsonObject("result");
        JsonObject failed = object(as("tinh.lanhdao").get("api/nominations/" + two + "/votes"))
                .getJsonObject("result");
        assertThat(passed.getInt("agree")).isEqualTo(3);
        assertThat(passed.getInt("members")).isEqualTo(5);
        assertThat(passed.getBoolean("passed")).isTrue();
        assertThat(failed.getInt("agree")).isEqualTo(2);
        assertThat(failed.getBoolean("passed")).as("2 of 5 members: absent members count against").isFalse();

        assertThat(object(step("tinh.lanhdao", three, "publish", null)).getString("state"))
                .isEqualTo("PUBLIC_COMMENT");
        HttpResponse<String> notPassed = step("tinh.lanhdao", two, "publish", null);
        assertThat(notPassed.statusCode()).isEqualTo(400);
        assertThat(notPassed.body()).contains("2 trên tổng số 5 thành viên");
        assertThat(object(step("tinh.lanhdao", two, "reject", "Hội đồng không thông qua")).getString("state"))
                .isEqualTo("REJECTED");

        HttpResponse<byte[]> pdf = as("xem").getBytes("api/council-sessions/" + session + "/minutes");
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/pdf");
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            String text = Normalizer.normalize(new PDFTextStripper().getText(document), Normalizer.Form.NFC);
            assertThat(text).contains("BIÊN BẢN KIỂM PHIẾU", threeName, "Đạt", "Không đạt", "60%", "40%");
        }
    }

    @Test
    void aPublishedNomineeIsSeenAcrossTheGrantingUnitsSubtreeAndItsCommentsGoToTheGrantingStaff() {
        String nominee = name("Hoàng Văn Giang");
        long id = toCouncil(nominee);
        long session = session("Phiên trước khi lấy ý kiến", id);
        for (String member : List.of("hoidong1", "hoidong2", "hoidong4")) {
            vote(member, id, "agree");
        }
        close(session, null);
        step("tinh.lanhdao", id, "publish", null);

        assertThat(as("xa3.canbo").get("api/nominations/" + id).statusCode()).as("not on its route").isEqualTo(404);
        JsonArray published = array(as("xa3.canbo").get("api/public-comment"));
        assertThat(published.getValuesAs(JsonObject.class)).anySatisfy(p -> {
            assertThat(p.getJsonNumber("nominationId").longValue()).isEqualTo(id);
            assertThat(p.getString("nomineeName")).isEqualTo(nominee);
            assertThat(p.getBoolean("open")).isTrue();
        });
        assertThat(as("xa3.canbo").postJson("api/nominations/" + id + "/comments",
                "{\"text\":\"Đồng chí rất nhiệt tình với công tác Mặt trận ở khu dân cư.\"}").statusCode())
                .isEqualTo(201);
        assertThat(as("xa3.canbo").postJson("api/nominations/" + id + "/comments", "{\"text\":\"  \"}").statusCode())
                .isEqualTo(400);
        HttpResponse<String> viaPage = as("xa1.canbo").submit("public-comment/index.xhtml", nomineeForm(nominee),
                "send", Map.of("text", "Gia đình ông là hộ tiêu biểu của thôn."));
        assertThat(viaPage.statusCode()).isEqualTo(200);

        JsonObject own = object(as("xa3.canbo").get("api/nominations/" + id + "/comments"));
        assertThat(own.getBoolean("all")).isFalse();
        assertThat(own.getJsonArray("items")).hasSize(1);
        JsonObject all = object(as("tinh.canbo").get("api/nominations/" + id + "/comments"));
        assertThat(all.getBoolean("all")).isTrue();
        assertThat(all.getJsonArray("items").getValuesAs(JsonObject.class)).extracting(c -> c.getString("author"))
                .containsExactlyInAnyOrder("xa3.canbo", "xa1.canbo");
        assertThat(as("tinh.canbo").get("public-comment/index.xhtml").body()).contains(nominee,
                "Nông Thị Hoa", "Gia đình ông là hộ tiêu biểu của thôn.");
        assertThat(as("xa3.canbo").get("public-comment/index.xhtml").body()).contains(nominee)
                .doesNotContain("Gia đình ông là hộ tiêu biểu của thôn.");
        assertThat(step("tinh.lanhdao", id, "approve", null).body()).as("the period has not ended")
                .contains("Chưa hết thời hạn lấy ý kiến");
    }

    @Test
    void aDossierBeforeTheCouncilIsReturnedByTheGrantingLeaderOnlyOnceNoOpenSessionHasIt() {
        String reason = "Thiếu bản nhận xét của cấp ủy nơi cư trú";
        long listed = toCouncil(name("Hoàng Thị Gấm"));
        long voted = toCouncil(name("Đặng Văn Hải"));
        long session = session("Phiên xét trả lại hồ sơ", listed, voted);
        vote("hoidong1", voted, "agree");

        assertThat(step("tinh.canbo", listed, "return", reason).statusCode()).isEqualTo(403);
        HttpResponse<String> inSession = step("tinh.lanhdao", listed, "return", reason);
        assertThat(inSession.statusCode()).isEqualTo(400);
        assertThat(inSession.body()).contains("Phiên xét trả lại hồ sơ", "rút hồ sơ khỏi phiên họp");
        object(as("tinh.canbo").send("DELETE", "api/council-sessions/" + session + "/agenda/" + listed));
        assertThat(step("tinh.lanhdao", listed, "return", " ").body()).contains("Hãy ghi rõ lý do");
        JsonObject returned = object(step("tinh.lanhdao", listed, "return", reason));
        assertThat(returned.getString("state")).isEqualTo("RETURNED");
        assertThat(returned.getString("currentUnitCode")).isEqualTo("06652");
        assertThat(returned.getString("reason")).isEqualTo(reason);
        assertThat(as("tinh.canbo").postJson("api/council-sessions/" + session + "/agenda", "{\"nominationId\":"
                + listed + "}").statusCode()).as("no longer awaits the vote").isEqualTo(400);
        JsonObject resubmitted = object(step("xa1.canbo", listed, "submit", null));
        assertThat(resubmitted.getString("state")).isEqualTo("SUBMITTED");
        assertThat(resubmitted.getString("currentUnitCode")).isEqualTo("22");

        assertThat(as("tinh.canbo").send("DELETE", "api/council-sessions/" + session + "/agenda/" + voted)
                .statusCode()).as("a member has voted on it").isEqualTo(400);
        assertThat(step("tinh.lanhdao", voted, "return", reason).statusCode()).isEqualTo(400);
        close(session, null);
        assertThat(object(step("tinh.lanhdao", voted, "return", reason)).getString("state")).isEqualTo("RETURNED");
    }

    @Test
    void aUnitsLeaderManagesItsCouncilAndItsOfficersHoldItsSessions() {
        WebClient leader = as("xa1.lanhdao");
        assertThat(as("xa1.canbo").postJson("api/council-members", "{\"unitCode\":\"06652\","
                + "\"username\":\"xa1.canbo\"}").statusCode()).isEqualTo(403);
        JsonObject seat = object(leader.postJson("api/council-members", "{\"unitCode\":\"06652\","
                + "\"username\":\"xa1.canbo\",\"secretary\":true}"));
        assertThat(seat.getString("displayName")).isEqualTo("Đỗ Thị Nga");
        assertThat(leader.postJson("api/council-members", "{\"unitCode\":\"06652\",\"username\":\"xa1.canbo\"}")
                .statusCode()).as("already a member").isEqualTo(400);
        assertThat(array(as("xem").get("api/council-members?unit=06652")).getValuesAs(JsonObject.class))
                .extracting(m -> m.getString("username")).contains("xa1.canbo");
        assertThat(as("xa3.canbo").get("api/council-members?unit=06652").statusCode()).isEqualTo(404);
        assertThat(as("xa1.canbo").get("council/index.xhtml?unit=06652").body())
                .contains("Đỗ Thị Nga", "Thư ký Hội đồng", "Tạo phiên họp");

        HttpResponse<String> created = as("xa1.canbo").postJson("api/council-sessions", "{\"unitCode\":\"06652\","
                + "\"title\":\"Phiên họp của xã\",\"heldOn\":\"2026-12-01\"}");
        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(as("xa3.canbo").postJson("api/council-sessions", "{\"unitCode\":\"06652\",\"title\":\"X\"}")
                .statusCode()).isEqualTo(403);

        JsonObject ended = object(leader.sendJson("PUT", "api/council-members/" + seat.getJsonNumber("id"),
                "{\"version\":" + seat.getJsonNumber("version") + ",\"validTo\":\"2026-12-31\"}"));
        assertThat(ended.getString("validTo")).isEqualTo("2026-12-31");
        assertThat(as("admin").sendJson("PUT", "api/stage-deadlines/RECEIVED", "{\"version\":0,\"days\":12}")
                .statusCode()).isEqualTo(200);
        assertThat(as("tinh.lanhdao").sendJson("PUT", "api/stage-deadlines/RECEIVED", "{\"version\":1,\"days\":9}")
                .statusCode()).isEqualTo(403);
        assertThat(array(as("xem").get("api/stage-deadlines")).getValuesAs(JsonObject.class))
                .anySatisfy(d -> assertThat(d.toString()).contains("\"state\":\"RECEIVED\"", "\"days\":12"));
    }

    /** A new Bằng khen dossier of commune 06652 taken up the chain to the province's council. */
    private long toCouncil(String nominee) {
        HttpResponse<String> created = as("xa1.canbo").postJson("api/nominations", "{\"awardType\":\"BANG_KHEN\","
                + "\"yearFrom\":2025,\"summary\":\"Nhiều năm liền hoàn thành xuất sắc công tác Mặt trận\","
                + "\"nominee\":{\"kind\":\"INDIVIDUAL\",\"name\":\"" + nominee + "\",\"birthYear\":1970,"
                + "\"gender\":\"MALE\",\"jobTitle\":\"Trưởng ban công tác Mặt trận\"}}");
        long id = object(created).getJsonNumber("id").longValue();
        step("xa1.canbo", id, "submit", null);
        step("tinh.canbo", id, "receive", null);
        step("tinh.canbo", id, "appraise", "Đủ điều kiện");
        assertThat(object(step("tinh.lanhdao", id, "send-to-council", null)).getString("state"))
                .isEqualTo("COUNCIL_VOTE");
        return id;
    }

    /** A session of the province's council held today, with the dossiers on its agenda. */
    private long session(String title, long... nominations) {
        long id = object(as("tinh.canbo").postJson("api/council-sessions", "{\"unitCode\":\"22\",\"title\":\""
                + title + "\"}")).getJsonNumber("id").longValue();
        for (long nomination : nominations) {
            object(as("tinh.canbo").postJson("api/council-sessions/" + id + "/agenda",
                    "{\"nominationId\":" + nomination + "}"));
        }
        return id;
    }

    private JsonObject close(long session, String minutes) {
        long version = object(as("tinh.canbo").get("api/council-sessions/" + session)).getJsonNumber("version")
                .longValue();
        return object(as("tinh.canbo").postJson("api/council-sessions/" + session + "/close", "{\"version\":"
                + version + (minutes == null ? "" : ",\"minutes\":\"" + minutes + "\"") + "}"));
    }

    private HttpResponse<String> vote(String member, long nomination, String choice) {
        return as(member).postJson("api/nominations/" + nomination + "/votes", "{\"choice\":\"" + choice + "\"}");
    }

    private long memberId(String username) {
        return array(as("tinh.canbo").get("api/council-members?unit=22")).getValuesAs(JsonObject.class).stream()
                .filter(m -> m.getString("username").equals(username)).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
    }

    /** Takes a step on the version just read. */
    private HttpResponse<String> step(String user, long id, String action, String comment) {
        long version = object(as(user).get("api/nominations/" + id)).getJsonNumber("version").longValue();
        return as(user).postJson("api/nominations/" + id + "/actions", "{\"action\":\"" + action + "\",\"version\":"
                + version + (comment == null ? "" : ",\"comment\":\"" + comment + "\"") + "}");
    }

    /** The agenda items of a session's JSON by nomination id, as text. */
    private static Map<Long, String> agendaJson(JsonObject session) {
        return session.getJsonArray("items").getValuesAs(JsonObject.class).stream().collect(
                java.util.stream.Collectors.toMap(i -> i.getJsonNumber("nominationId").longValue(), Object::toString));
    }

    /** The text with what must differ between two items (their dossier's id and name) replaced. */
    private static String same(Object json, long id, String name) {
        return json.toString().replace(name, "NAME").replace(String.valueOf(id), "ID");
    }

    /** The HTML of the page's agenda item of the dossier, its name, id and place on the page replaced. */
    private static String pageItem(String page, String name, long id) {
        Matcher items = Pattern.compile("<div id=\"agenda:items:\\d+:item\".*?(?=<div id=\"agenda:items:\\d+:item\""
                + "|<input type=\"hidden\" name=\"jakarta.faces.ViewState\"|</form>)", Pattern.DOTALL).matcher(page);
        while (items.find()) {
            if (items.group().contains(name)) {
                return same(items.group(), id, name).replaceAll(":\\d+:", ":N:").replaceAll("_\\d+_", "_N_");
            }
        }
        throw new AssertionError("no agenda item for " + name);
    }

    /** The id of the public comment page's form of the nominee. */
    private String nomineeForm(String nominee) {
        String page = as("xa1.canbo").get("public-comment/index.xhtml").body();
        Matcher forms = Pattern.compile("<form id=\"(nominees:\\d+:nominee)\".*?</form>", Pattern.DOTALL).matcher(page);
        while (forms.find()) {
            if (forms.group().contains(nominee)) {
                return forms.group(1);
            }
        }
        throw new AssertionError("no form for " + nominee);
    }

    /** A name of its own for each test's nominee, so that no two tests share one. */
    private static String name(String name) {
        return name + " " + UUID.randomUUID().toString().substring(0, 4).replaceAll("[0-9]", "x");
    }

    private WebClient as(String user) {
        return new WebClient(base).withBasic(user, PASSWORD);
    }

    private static JsonObject object(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isBetween(200, 201);
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    private static JsonArray array(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Json.createReader(new StringReader(response.body())).readArray();
    }
}
