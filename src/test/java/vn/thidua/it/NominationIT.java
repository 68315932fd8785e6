package vn.thidua.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Nominations over the API with the demo accounts, in the 2026 structure (province 22 above its communes): a
 * commune's dossier climbs to the province and is decided with a register number; the medal is not given twice; a
 * return needs a reason and the resubmission starts again at the bottom; the drafter cannot approve; another
 * commune reaches the dossier by no path; and many people receiving or approving at once give one success and one
 * history row and audit row per step; two medal dossiers of one person decided at once give one medal.
 * One dossier begins in March 2025 (the application's clock moved back), when its ward was in the district of Hạ
 * Long, and is returned after the reform: it goes back to the ward that took over, which resubmits it to the province.
 * Two more are left in March 2025 at units the reform closed, the district and a ward that merged: the deadline round
 * hands them over, up to the province and to the ward that took over.
 */
@ExtendWith(ArquillianExtension.class)
class NominationIT {

    private static final String PASSWORD = "thidua-demo-2024";
    private static final String CHANGED = "Hồ sơ vừa được người khác thay đổi";
    private static final int RACERS = 8;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    private URL base;

    @Test
    void aCommuneDossierClimbsToTheProvinceAndIsDecidedWithANumberFromTheRegister() {
        JsonObject draft = create("xa1.canbo", "KY_NIEM_CHUONG", null, newPerson("Nguyễn Văn Hậu"));
        assertThat(draft.getString("state")).isEqualTo("DRAFT");
        assertThat(draft.getString("proposingUnitCode")).isEqualTo("06652");
        assertThat(draft.getJsonArray("actions").getValuesAs(Object::toString))
                .containsExactlyInAnyOrder("\"SUBMIT\"", "\"WITHDRAW\"");
        long id = draft.getJsonNumber("id").longValue();

        JsonObject submitted = act("xa1.canbo", id, "submit", null);
        assertThat(submitted.getString("state")).isEqualTo("SUBMITTED");
        assertThat(submitted.getString("currentUnitCode")).isEqualTo("22");
        JsonObject list = object(as("tinh.canbo").get("api/nominations?state=SUBMITTED&size=100"));
        assertThat(list.getJsonArray("items").getValuesAs(JsonObject.class))
                .anySatisfy(item -> {
                    assertThat(item.getJsonNumber("id").longValue()).isEqualTo(id);
                    assertThat(item.getString("awardType")).isEqualTo("KY_NIEM_CHUONG");
                    assertThat(item.getString("unitCode")).isEqualTo("06652");
                    assertThat(item.getString("nomineeName")).startsWith("Nguyễn Văn Hậu");
                });

        act("tinh.canbo", id, "receive", null);
        act("tinh.canbo", id, "appraise", "Đủ điều kiện");
        act("tinh.lanhdao", id, "approve", null);
        JsonObject decided = act("tinh.lanhdao", id, "decide", null);

        assertThat(decided.getString("state")).isEqualTo("DECIDED");
        assertThat(decided.getString("decisionNumber")).matches("\\d+/QĐ-MTTQ");
        assertThat(decided.getJsonArray("history")).hasSize(5);
        assertThat(decided.getJsonArray("actions")).isEmpty();
    }

    @Test
    void theDemoHasADossierAtEveryStageFromTheCommunesOfXa1AndXa3() {
        for (String state : List.of("DRAFT", "SUBMITTED", "RECEIVED", "APPRAISED", "FORWARDED", "COUNCIL_VOTE",
                "APPROVED", "DECIDED", "RETURNED", "REJECTED", "WITHDRAWN")) {
            assertThat(object(as("tinh.canbo").get("api/nominations?state=" + state)).getInt("total"))
                    .as(state).isPositive();
        }
        // The demo's public comment is open, unless a test of this run has played the deadline round past its end.
        long published = object(as("tinh.canbo").get("api/nominations?size=100&q=khu%20pho%208")).getJsonArray("items")
                .getValuesAs(JsonObject.class).stream()
                .filter(item -> item.getString("nomineeName").equals("Ban Công tác Mặt trận khu phố 8")
                        && item.getString("awardType").equals("BANG_KHEN"))
                .findFirst().orElseThrow().getJsonNumber("id").longValue();
        JsonObject dossier = object(as("tinh.canbo").get("api/nominations/" + published));
        List<JsonObject> steps = dossier.getJsonArray("history").getValuesAs(JsonObject.class);
        assertThat(steps).extracting(step -> step.getString("to")).contains("PUBLIC_COMMENT");
        assertThat(dossier.getString("state").equals("PUBLIC_COMMENT")
                || steps.stream().anyMatch(step -> step.getString("action").equals("CLOSE_COMMENT")))
                .as("still in public comment, or closed at its deadline").isTrue();
        List<String> units = new ArrayList<>();
        for (String officer : List.of("xa1.canbo", "xa3.canbo")) {
            object(as(officer).get("api/nominations?size=100")).getJsonArray("items").getValuesAs(JsonObject.class)
                    .forEach(item -> units.add(item.getString("unitCode")));
        }
        assertThat(units).contains("06652", "06709");
        JsonObject found = object(as("xa3.canbo").get("api/nominations?q=truong%20van%20hung&state=SUBMITTED"));
        assertThat(found.getJsonArray("items").getValuesAs(JsonObject.class))
                .extracting(item -> item.getString("nomineeName")).contains("Trương Văn Hùng");
    }

    @Test
    void aStepTakesTheIssuesBodyWithoutAVersionOrAVersionAsIfMatch() {
        long id = create("xa1.canbo", "BANG_KHEN", null, newPerson("Đỗ Thị Mai")).getJsonNumber("id").longValue();

        JsonObject submitted = object(as("xa1.canbo").postJson("api/nominations/" + id + "/actions",
                "{\"action\":\"submit\",\"comment\":\"Kính trình Ủy ban MTTQ tỉnh\"}"));
        assertThat(submitted.getString("state")).isEqualTo("SUBMITTED");
        long version = submitted.getJsonNumber("version").longValue();

        HttpResponse<String> stale = as("tinh.canbo").postJson("api/nominations/" + id + "/actions",
                "{\"action\":\"receive\"}", "If-Match", "\"" + (version - 1) + "\"");
        assertThat(stale.statusCode()).isEqualTo(400);
        assertThat(stale.body()).contains(CHANGED);
        JsonObject received = object(as("tinh.canbo").postJson("api/nominations/" + id + "/actions",
                "{\"action\":\"receive\"}", "If-Match", "\"" + version + "\""));
        assertThat(received.getString("state")).isEqualTo("RECEIVED");
        HttpResponse<String> again = as("tinh.canbo").postJson("api/nominations/" + id + "/actions",
                "{\"action\":\"receive\"}");
        assertThat(again.statusCode()).as("judged by the state it is in").isEqualTo(400);
        assertThat(again.body()).contains("Hồ sơ đã được tiếp nhận");
    }

    @Test
    void theMedalIsNotGivenTwiceToOnePerson() {
        JsonObject first = create("xa1.canbo", "KY_NIEM_CHUONG", null, newPerson("Trần Thị Duyên"));
        long nominee = first.getJsonObject("nominee").getJsonNumber("id").longValue();
        decide(first.getJsonNumber("id").longValue());

        JsonObject second = create("xa1.canbo", "KY_NIEM_CHUONG", nominee, null);
        HttpResponse<String> refused = step("xa1.canbo", second.getJsonNumber("id").longValue(), "submit", null,
                second.getJsonNumber("version").longValue());

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("chỉ tặng một lần");
    }

    @Test
    void aReturnNeedsAReasonAndTheResubmissionStartsAgainAtTheBottom() {
        long id = create("xa1.canbo", "BANG_KHEN", null, newPerson("Lê Văn Bình")).getJsonNumber("id").longValue();
        act("xa1.canbo", id, "submit", null);
        JsonObject received = act("tinh.canbo", id, "receive", null);

        long version = received.getJsonNumber("version").longValue();
        HttpResponse<String> silent = step("tinh.canbo", id, "return", " ", version);
        assertThat(silent.statusCode()).isEqualTo(400);
        assertThat(silent.body()).contains("Hãy ghi rõ lý do");

        JsonObject returned = act("tinh.canbo", id, "return", "Thiếu báo cáo thành tích có xác nhận");
        assertThat(returned.getString("state")).isEqualTo("RETURNED");
        assertThat(returned.getString("currentUnitCode")).isEqualTo("06652");
        assertThat(returned.getString("reason")).isEqualTo("Thiếu báo cáo thành tích có xác nhận");

        JsonObject updated = object(as("xa1.canbo").sendJson("PUT", "api/nominations/" + id, "{\"version\":"
                + returned.getJsonNumber("version") + ",\"awardType\":\"BANG_KHEN\",\"yearFrom\":2025,"
                + "\"summary\":\"Bổ sung báo cáo thành tích có xác nhận\"}"));
        assertThat(updated.getString("summary")).startsWith("Bổ sung");
        JsonObject resubmitted = act("xa1.canbo", id, "submit", null);
        assertThat(resubmitted.getString("state")).isEqualTo("SUBMITTED");
        assertThat(resubmitted.getString("currentUnitCode")).isEqualTo("22");
        assertThat(resubmitted.containsKey("reason") && !resubmitted.isNull("reason")).isFalse();
    }

    @Test
    void aDossierFromBeforeTheReformReturnedAfterItGoesBackToTheCommuneThatTookOverAndStraightToTheProvince() {
        long id;
        TestClock.set(base, LocalDate.of(2025, 3, 17));
        try {
            id = create("xa1.canbo", "BANG_KHEN", null, newPerson("Đào Thị Thanh")).getJsonNumber("id").longValue();
            JsonObject submitted = act("xa1.canbo", id, "submit", null);
            assertThat(submitted.getString("proposingUnitName")).isEqualTo("Phường Hà Phong");
            assertThat(submitted.getString("currentUnitCode")).as("the district of Hạ Long").isEqualTo("193");
            act("halong.canbo", id, "receive", null);
            act("halong.canbo", id, "appraise", null);
            assertThat(act("halong.lanhdao", id, "forward", null).getString("currentUnitCode")).isEqualTo("22");
        } finally {
            TestClock.reset(base);
        }
        act("tinh.canbo", id, "receive", null);

        JsonObject returned = act("tinh.canbo", id, "return", "Bổ sung xác nhận của phường");
        assertThat(returned.getString("currentUnitName")).as("the ward that took over Hà Phong's history")
                .isEqualTo("Phường Hà Tu");
        JsonObject atTheWard = object(as("xa1.canbo").get("api/nominations/" + id));
        assertThat(atTheWard.getJsonArray("actions").getValuesAs(Object::toString))
                .containsExactlyInAnyOrder("\"SUBMIT\"", "\"WITHDRAW\"");
        JsonObject updated = object(as("xa1.canbo").sendJson("PUT", "api/nominations/" + id, "{\"version\":"
                + atTheWard.getJsonNumber("version") + ",\"awardType\":\"BANG_KHEN\",\"yearFrom\":2025,"
                + "\"summary\":\"Bổ sung xác nhận của phường Hà Tu\"}"));
        assertThat(updated.getString("summary")).endsWith("phường Hà Tu");
        JsonObject resubmitted = act("xa1.canbo", id, "submit", null);
        assertThat(resubmitted.getString("currentUnitCode")).as("no district any more").isEqualTo("22");
        assertThat(resubmitted.getString("proposingUnitName")).as("who proposed it stays on record")
                .isEqualTo("Phường Hà Phong");
    }

    @Test
    void dossiersHeldByUnitsTheReformClosedAreHandedOverByTheDeadlineRound() {
        long atTheDistrict;
        long atTheWard;
        TestClock.set(base, LocalDate.of(2025, 3, 17));
        try {
            atTheDistrict = create("xa1.canbo", "BANG_KHEN", null, newPerson("Triệu Văn Giao")).getJsonNumber("id")
                    .longValue();
            assertThat(act("xa1.canbo", atTheDistrict, "submit", null).getString("currentUnitCode"))
                    .as("the district of Hạ Long").isEqualTo("193");
            atTheWard = create("xa2.canbo", "GIAY_KHEN", null, newPerson("Triệu Thị Kế")).getJsonNumber("id")
                    .longValue();
            assertThat(act("xa2.canbo", atTheWard, "submit", null).getString("currentUnitCode"))
                    .as("Hà Khánh grants its own Giấy khen").isEqualTo("06649");
            act("xa2.canbo", atTheWard, "receive", null);
        } finally {
            TestClock.reset(base);
        }
        assertThat(object(as("tinh.canbo").get("api/nominations/" + atTheDistrict)).getJsonArray("actions"))
                .as("nobody holds a role at the closed district").isEmpty();

        // A month on: earlier rounds of the run (NominationBrowserIT's, past a comment deadline) hold the lease.
        Instant at = Instant.now().plus(Duration.ofDays(30)).truncatedTo(ChronoUnit.SECONDS);
        JsonObject round = deadlineRound(at);

        JsonObject forwarded = object(as("tinh.canbo").get("api/nominations/" + atTheDistrict));
        assertThat(forwarded.getString("state")).isEqualTo("FORWARDED");
        assertThat(forwarded.getString("currentUnitCode")).as("above the district on its last day").isEqualTo("22");
        handedOverOnceBySystem(forwarded, "HAND_UP", "22", round, at);
        assertThat(inbox("tinh.canbo")).anySatisfy(text -> assertThat(text).contains(forwarded.getJsonObject(
                "nominee").getString("name"), "Thành phố Hạ Long", "Tỉnh Quảng Ninh"));
        assertThat(act("tinh.canbo", atTheDistrict, "receive", null).getString("state")).isEqualTo("RECEIVED");

        JsonObject takenOver = object(as("xa2.canbo").get("api/nominations/" + atTheWard));
        assertThat(takenOver.getString("state")).as("its state unchanged").isEqualTo("RECEIVED");
        assertThat(takenOver.getString("currentUnitName")).as("the ward that took over Hà Khánh's history")
                .isEqualTo("Phường Cao Xanh");
        handedOverOnceBySystem(takenOver, "TAKE_OVER", "06658", round, at);
        assertThat(inbox("xa2.canbo")).anySatisfy(text -> assertThat(text).contains(takenOver.getJsonObject(
                "nominee").getString("name"), "Phường Cao Xanh"));
        assertThat(act("xa2.canbo", atTheWard, "appraise", null).getString("state")).isEqualTo("APPRAISED");
    }

    /**
     * The dossier's history has one step of the application's {@code action}, to {@code unitCode}; the round
     * answered the dossier among those it handed over exactly when it took that step (the five-minute timer may
     * have come first when no earlier round of the run holds the lease).
     */
    private static void handedOverOnceBySystem(JsonObject dossier, String action, String unitCode, JsonObject round,
                                               Instant at) {
        List<JsonObject> steps = dossier.getJsonArray("history").getValuesAs(JsonObject.class).stream()
                .filter(step -> step.getString("action").equals(action)).toList();
        assertThat(steps).singleElement().satisfies(step -> {
            assertThat(step.getString("actor")).isEqualTo("system");
            assertThat(step.getString("unitCode")).isEqualTo(unitCode);
        });
        boolean byTheRound = Instant.parse(steps.get(0).getString("at")).equals(at);
        assertThat(round.getJsonArray("handedOver").getValuesAs(JsonNumber::longValue)
                .contains(dossier.getJsonNumber("id").longValue())).isEqualTo(byTheRound);
    }

    /** Runs the deadline job as at {@code at}, lease and all; answers its outcome. */
    private JsonObject deadlineRound(Instant at) {
        JsonObject round = object(as("admin").post("it/deadline-round", "at=" + at));
        assertThat(round.getBoolean("ran")).isTrue();
        return round;
    }

    /** The texts of the user's inbox, newest first. */
    private List<String> inbox(String user) {
        return object(as(user).get("api/notifications?size=50")).getJsonArray("items").getValuesAs(JsonObject.class)
                .stream().map(n -> n.getString("text")).toList();
    }

    @Test
    void whoDraftedADossierCannotApproveItAndAnOfficerCannotApproveAtAll() {
        JsonObject draft = object(as("tinh.lanhdao").postJson("api/nominations", "{\"unitCode\":\"22\","
                + "\"awardType\":\"KY_NIEM_CHUONG\",\"yearFrom\":2025,\"summary\":\"Thành tích\",\"nominee\":"
                + newPerson("Phạm Thị Giang") + "}"));
        long id = draft.getJsonNumber("id").longValue();
        assertThat(act("tinh.lanhdao", id, "submit", null).getString("currentUnitCode")).isEqualTo("22");
        act("tinh.canbo", id, "receive", null);
        JsonObject appraised = act("tinh.canbo", id, "appraise", null);
        long version = appraised.getJsonNumber("version").longValue();

        HttpResponse<String> own = step("tinh.lanhdao", id, "approve", null, version);
        assertThat(own.statusCode()).isEqualTo(400);
        assertThat(own.body()).contains("không được tự duyệt");
        assertThat(step("tinh.canbo", id, "approve", null, version).statusCode()).isEqualTo(403);
    }

    @Test
    void aCommuneOfficerCannotReachAnotherCommunesDossierByAnyPath() {
        JsonObject draft = create("xa1.canbo", "BANG_KHEN", null, newPerson("Hoàng Văn Khánh"));
        long id = draft.getJsonNumber("id").longValue();
        WebClient other = as("xa3.canbo");

        assertThat(other.get("api/nominations/" + id).statusCode()).isEqualTo(404);
        assertThat(other.sendJson("PUT", "api/nominations/" + id, "{\"version\":0}").statusCode()).isEqualTo(404);
        assertThat(step("xa3.canbo", id, "withdraw", null, 0).statusCode()).isEqualTo(404);
        assertThat(other.get("api/nominations/" + Long.MAX_VALUE).statusCode()).isEqualTo(404);
        assertThat(object(other.get("api/nominations?size=100")).getJsonArray("items").getValuesAs(JsonObject.class))
                .noneMatch(item -> item.getJsonNumber("id").longValue() == id);
        assertThat(other.postJson("api/nominations", "{\"unitCode\":\"06652\",\"awardType\":\"BANG_KHEN\","
                + "\"yearFrom\":2025,\"nominee\":" + newPerson("Đinh Văn Lộc") + "}").statusCode()).isEqualTo(403);
        assertThat(other.postJson("api/nominations", "{\"awardType\":\"BANG_KHEN\",\"yearFrom\":2025,"
                + "\"nomineeId\":" + draft.getJsonObject("nominee").getJsonNumber("id") + "}").statusCode())
                .isEqualTo(404);
    }

    @Test
    void manyPeopleActingAtOnceGiveOneSuccessAndOneAuditRowPerStep() throws Exception {
        long id = create("xa1.canbo", "BANG_KHEN", null, newPerson("Vũ Thị Lan")).getJsonNumber("id").longValue();
        long version = act("xa1.canbo", id, "submit", null).getJsonNumber("version").longValue();

        List<HttpResponse<String>> responses = race("tinh.canbo", id,
                "{\"action\":\"receive\",\"version\":" + version + "}");

        assertThat(responses).filteredOn(r -> r.statusCode() == 200).hasSize(1);
        assertThat(responses).filteredOn(r -> r.statusCode() != 200).hasSize(RACERS - 1)
                .allSatisfy(r -> {
                    assertThat(r.statusCode()).isEqualTo(400);
                    assertThat(r.body()).contains(CHANGED);
                });
        JsonObject now = object(as("tinh.canbo").get("api/nominations/" + id));
        assertThat(now.getString("state")).isEqualTo("RECEIVED");
        assertThat(now.getJsonArray("history").getValuesAs(JsonObject.class)).extracting(s -> s.getString("action"))
                .containsExactly("SUBMIT", "RECEIVE");
        assertThat(auditActions(id)).containsExactlyInAnyOrder("NOMINATION_CREATED", "NOMINATION_SUBMIT",
                "NOMINATION_RECEIVE");
    }

    @Test
    void manyApprovalsOfOneDossierAtOnceGiveOneApprovalOneHistoryRowAndOneAuditRow() throws Exception {
        long id = create("xa1.canbo", "KY_NIEM_CHUONG", null, newPerson("Ngô Văn Thắng")).getJsonNumber("id")
                .longValue();
        act("xa1.canbo", id, "submit", null);
        act("tinh.canbo", id, "receive", null);
        act("tinh.canbo", id, "appraise", "Đủ điều kiện");

        List<HttpResponse<String>> responses = race("tinh.lanhdao", id,
                "{\"action\":\"approve\",\"comment\":\"Đồng ý\"}");

        assertThat(responses).filteredOn(r -> r.statusCode() == 200).hasSize(1);
        assertThat(responses).filteredOn(r -> r.statusCode() != 200).hasSize(RACERS - 1)
                .allSatisfy(r -> {
                    assertThat(r.statusCode()).as(r.body()).isEqualTo(400);
                    assertThat(r.body()).containsAnyOf(CHANGED, "Hồ sơ đã được duyệt");
                });
        JsonObject now = object(as("tinh.lanhdao").get("api/nominations/" + id));
        assertThat(now.getString("state")).isEqualTo("APPROVED");
        assertThat(now.getJsonArray("history").getValuesAs(JsonObject.class)).extracting(s -> s.getString("action"))
                .containsExactly("SUBMIT", "RECEIVE", "APPRAISE", "APPROVE");
        assertThat(auditActions(id)).filteredOn("NOMINATION_APPROVE"::equals).hasSize(1);
        assertThat(auditActions(id)).hasSize(5);
    }

    @Test
    void twoMedalDossiersOfOnePersonDecidedAtOnceGiveOneMedal() throws Exception {
        JsonObject first = create("xa1.canbo", "KY_NIEM_CHUONG", null, newPerson("Lương Văn Tiến"));
        long nominee = first.getJsonObject("nominee").getJsonNumber("id").longValue();
        List<Long> ids = List.of(first.getJsonNumber("id").longValue(),
                create("xa1.canbo", "KY_NIEM_CHUONG", nominee, null).getJsonNumber("id").longValue());
        for (long id : ids) {
            act("xa1.canbo", id, "submit", null);
            act("tinh.canbo", id, "receive", null);
            act("tinh.canbo", id, "appraise", null);
            act("tinh.lanhdao", id, "approve", null);
        }

        List<Callable<HttpResponse<String>>> decisions = new ArrayList<>();
        for (long id : ids) {
            WebClient leader = as("tinh.lanhdao");
            decisions.add(() -> leader.postJson("api/nominations/" + id + "/actions", "{\"action\":\"decide\"}"));
        }
        List<HttpResponse<String>> responses = atOnce(decisions);

        assertThat(responses).filteredOn(r -> r.statusCode() == 200).hasSize(1);
        assertThat(responses).filteredOn(r -> r.statusCode() != 200).singleElement().satisfies(r -> {
            assertThat(r.statusCode()).isEqualTo(400);
            assertThat(r.body()).containsAnyOf("chỉ tặng một lần", CHANGED);
        });
        assertThat(ids.stream().map(id -> object(as("tinh.lanhdao").get("api/nominations/" + id)).getString("state")))
                .containsExactlyInAnyOrder("DECIDED", "APPROVED");
    }

    /** {@value #RACERS} clients of {@code user} post {@code body} as the step on the dossier, all at once. */
    private List<HttpResponse<String>> race(String user, long id, String body) throws Exception {
        List<Callable<HttpResponse<String>>> calls = new ArrayList<>();
        for (int i = 0; i < RACERS; i++) {
            WebClient client = as(user);
            calls.add(() -> client.postJson("api/nominations/" + id + "/actions", body));
        }
        return atOnce(calls);
    }

    /** The answers of the calls, started together on threads of their own. */
    private static List<HttpResponse<String>> atOnce(List<Callable<HttpResponse<String>>> calls) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(calls.size());
        CountDownLatch start = new CountDownLatch(1);
        List<Future<HttpResponse<String>>> answers = new ArrayList<>();
        for (Callable<HttpResponse<String>> call : calls) {
            answers.add(pool.submit(() -> {
                start.await();
                return call.call();
            }));
        }
        start.countDown();
        List<HttpResponse<String>> responses = new ArrayList<>();
        try {
            for (Future<HttpResponse<String>> answer : answers) {
                responses.add(answer.get(120, TimeUnit.SECONDS));
            }
        } finally {
            pool.shutdown();
        }
        return responses;
    }

    /** The audit log's actions on the nomination, as the administrators' audit page lists them. */
    private List<String> auditActions(long id) {
        return AuditPage.actions(as("admin"), "Nomination", id, "NOMINATION_");
    }

    private void decide(long id) {
        act("xa1.canbo", id, "submit", null);
        act("tinh.canbo", id, "receive", null);
        act("tinh.canbo", id, "appraise", null);
        act("tinh.lanhdao", id, "approve", null);
        assertThat(act("tinh.lanhdao", id, "decide", null).getString("state")).isEqualTo("DECIDED");
    }

    /** A draft by {@code user} for their commune: an existing nominee, or a new one described by {@code nominee}. */
    private JsonObject create(String user, String awardType, Long nomineeId, String nominee) {
        String who = nomineeId != null ? "\"nomineeId\":" + nomineeId : "\"nominee\":" + nominee;
        HttpResponse<String> created = as(user).postJson("api/nominations", "{\"awardType\":\"" + awardType
                + "\",\"yearFrom\":2025,\"summary\":\"Có nhiều đóng góp cho công tác Mặt trận\"," + who + "}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return object(created);
    }

    /** A new person with a name of its own, so that tests never share a nominee. */
    private static String newPerson(String name) {
        return "{\"kind\":\"INDIVIDUAL\",\"name\":\"" + name + " " + UUID.randomUUID().toString().substring(0, 6)
                + "\",\"birthYear\":1968,\"gender\":\"MALE\",\"jobTitle\":\"Trưởng ban công tác Mặt trận\"}";
    }

    /** Takes a step on the version just read; it must succeed. */
    private JsonObject act(String user, long id, String action, String comment) {
        long version = object(as(user).get("api/nominations/" + id)).getJsonNumber("version").longValue();
        return object(step(user, id, action, comment, version));
    }

    private HttpResponse<String> step(String user, long id, String action, String comment, long version) {
        return as(user).postJson("api/nominations/" + id + "/actions", "{\"action\":\"" + action + "\",\"version\":"
                + version + (comment == null ? "" : ",\"comment\":\"" + comment + "\"") + "}");
    }

    private WebClient as(String user) {
        return new WebClient(base).withBasic(user, PASSWORD);
    }

    private static JsonObject object(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isBetween(200, 201);
        return Json.createReader(new StringReader(response.body())).readObject();
    }
}
