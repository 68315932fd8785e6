package vn.thidua.it;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.thidua.it.Documents.pdfText;
import static vn.thidua.it.NominationApi.object;
import static vn.thidua.it.NominationApi.unique;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Decisions, certificates and the registry over the API and the pages, with the demo accounts in the 2026 structure.
 * Ward 06652 (Hà Tu, formed in 2025 from Hà Phong 06652 and Hà Tu 06664) grants Giấy khen: its officer xa1.canbo
 * proposes and appraises, its leader xa1.lanhdao approves and signs. Another ward's officer (xa3.canbo, 06709) sees
 * none of it; the province sees all.
 */
@ExtendWith(ArquillianExtension.class)
class DecisionIT {

    private static final String WARD = "06652";
    private static final String OFFICER = "xa1.canbo";
    private static final String LEADER = "xa1.lanhdao";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    private URL base;

    private NominationApi api;

    @BeforeEach
    void client() {
        api = new NominationApi(base);
    }

    @Test
    void aLeaderSignsOneNumberedDecisionForAListAndEveryRecipientGetsACertificate() throws IOException {
        String person = unique("Nguyễn Thị Hằng");
        String collective = unique("Ban Công tác Mặt trận khu phố 9");
        long first = approved("INDIVIDUAL", person);
        long second = approved("COLLECTIVE", collective);

        JsonObject decision = sign(List.of(first, second));

        assertThat(decision.getString("number")).matches("\\d+/QĐ-MTTQ");
        assertThat(decision.getString("issuingUnitCode")).isEqualTo(WARD);
        assertThat(decision.getString("awardType")).isEqualTo("GIAY_KHEN");
        assertThat(decision.getJsonArray("awards").getValuesAs(JsonObject.class))
                .extracting(a -> a.getString("recipientName")).containsExactly(person, collective);
        for (long id : List.of(first, second)) {
            JsonObject decided = api.get(OFFICER, id);
            assertThat(decided.getString("state")).isEqualTo("DECIDED");
            assertThat(decided.getString("decisionNumber")).isEqualTo(decision.getString("number"));
        }
        String pdf = pdfText(api.as(OFFICER).getBytes("api/decisions/" + decision.getInt("id") + "/pdf"));
        assertThat(pdf).contains("PHƯỜNG HÀ TU", "Số: " + decision.getString("number"), "QUYẾT ĐỊNH", person,
                "Hà Văn Long");
        assertThat(pdf.replaceAll("\\s+", " ")).contains(collective);

        long award = decision.getJsonArray("awards").getJsonObject(0).getJsonNumber("id").longValue();
        String certificate = "api/awards/" + award + "/certificate.pdf";
        assertThat(pdfText(api.as(OFFICER).getBytes(certificate))).contains(person, "GIẤY KHEN");
        assertThat(api.as("tinh.canbo").getBytes(certificate).statusCode()).isEqualTo(200);
        assertThat(api.as("xa3.canbo").getBytes(certificate).statusCode()).isEqualTo(404);
        assertThat(api.as("xa3.canbo").get("api/decisions/" + decision.getInt("id")).statusCode()).isEqualTo(404);
    }

    @Test
    void aSignedDecisionAndItsCertificateReadAsSignedAfterTheAwardTypeIsRenamedAndTheNomineeCorrected()
            throws IOException {
        String person = unique("Đỗ Thị Thu");
        String suffix = person.substring(person.lastIndexOf(' ') + 1);
        long dossier = approved("INDIVIDUAL", person);
        JsonObject decision = sign(List.of(dossier));
        String decisionPdf = "api/decisions/" + decision.getInt("id") + "/pdf";
        long award = decision.getJsonArray("awards").getJsonObject(0).getJsonNumber("id").longValue();
        String certificatePdf = "api/awards/" + award + "/certificate.pdf";
        byte[] signedDecision = api.as(OFFICER).getBytes(decisionPdf).body();
        byte[] signedCertificate = api.as(OFFICER).getBytes(certificatePdf).body();
        String corrected = "Đỗ Thị Nga " + suffix;
        correct(api.get(OFFICER, dossier).getJsonObject("nominee").getJsonNumber("id").longValue(), corrected);
        WebClient admin = api.as("admin");
        JsonObject giayKhen = awardType(admin, "GIAY_KHEN");
        try {
            rename(admin, giayKhen, "Giấy khen Đổi Tên", "Renamed Certificate of Merit");

            HttpResponse<byte[]> decisionAgain = api.as(OFFICER).getBytes(decisionPdf);
            HttpResponse<byte[]> certificateAgain = api.as(OFFICER).getBytes(certificatePdf);
            assertThat(decisionAgain.body()).isEqualTo(signedDecision);
            assertThat(certificateAgain.body()).isEqualTo(signedCertificate);
            assertThat(pdfText(decisionAgain).replaceAll("\\s+", " ")).contains(person, "Giấy khen",
                    "Trưởng ban công tác Mặt trận khu phố 3").doesNotContain("Đỗ Thị Nga", "Đổi Tên", "Chủ nhiệm");
            assertThat(pdfText(certificateAgain).replaceAll("\\s+", " ")).contains(person, "GIẤY KHEN",
                    "Trưởng ban công tác Mặt trận khu phố 3").doesNotContain("Đỗ Thị Nga", "ĐỔI TÊN", "Chủ nhiệm");
            assertThat(object(api.as(OFFICER).get("api/decisions/" + decision.getInt("id"))).getString("awardTypeName"))
                    .isEqualTo(giayKhen.getString("nameVi"));
            for (String q : List.of("do thi thu " + suffix, "do thi nga " + suffix)) {
                assertThat(array(api.as(OFFICER).get("api/awards?q=" + encode(q))).getValuesAs(JsonObject.class))
                        .as(q).singleElement().satisfies(item -> {
                            assertThat(item.getJsonNumber("id").longValue()).isEqualTo(award);
                            assertThat(item.getString("recipientName")).isEqualTo(person);
                            assertThat(item.getString("awardTypeName")).isEqualTo(giayKhen.getString("nameVi"));
                        });
            }
        } finally {
            rename(admin, awardType(admin, "GIAY_KHEN"), giayKhen.getString("nameVi"), giayKhen.getString("nameEn"));
        }
    }

    @Test
    void aDecisionIsAllOrNothingAndGivesItsNumberBackWhenOneDossierIsRefused() {
        String waiting = unique("Trần Văn Khoa");
        long approved = approved("INDIVIDUAL", unique("Lê Thị Mai"));
        long appraised = api.draft(OFFICER, "GIAY_KHEN", "INDIVIDUAL", waiting);
        List.of("submit", "receive", "appraise").forEach(step -> api.act(OFFICER, appraised, step));

        HttpResponse<String> refused = api.as(LEADER).postJson("api/decisions", signing(List.of(approved, appraised)));

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("Hồ sơ của " + waiting);
        assertThat(api.get(OFFICER, approved).getString("state")).isEqualTo("APPROVED");
        sign(List.of(approved));
        assertThat(seqsThisYear()).isEqualTo(IntStream.rangeClosed(1, seqsThisYear().size()).boxed().toList());
    }

    @Test
    void whoDraftedADossierCannotSignItsDecisionNorCanAnOfficerButAnotherLeaderCan() {
        TestAccounts.Account other = TestAccounts.fresh(base, "LEADER", WARD);
        WebClient otherLeader = new WebClient(base).withBasic(other.username(), other.password());
        String name = unique("Phạm Văn Nam");
        long own = api.draft(LEADER, "GIAY_KHEN", "INDIVIDUAL", name);
        api.act(LEADER, own, "submit");
        List.of("receive", "appraise").forEach(step -> api.act(OFFICER, own, step));
        api.act(otherLeader, own, "approve");

        HttpResponse<String> byDrafter = api.as(LEADER).postJson("api/decisions", signing(List.of(own)));
        HttpResponse<String> byOfficer = api.as(OFFICER).postJson("api/decisions", signing(List.of(own)));

        assertThat(byDrafter.statusCode()).isEqualTo(400);
        assertThat(byDrafter.body()).contains("Hồ sơ của " + name, "không được tự duyệt");
        assertThat(byOfficer.statusCode()).isEqualTo(403);
        assertThat(otherLeader.postJson("api/decisions", signing(List.of(own))).statusCode()).isEqualTo(201);
    }

    @Test
    void decisionsSignedAtOnceAreNumberedWithoutGapsOrRepeats() throws Exception {
        int threads = 6;
        List<Long> dossiers = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            dossiers.add(approved("INDIVIDUAL", unique("Vũ Thị Lan")));
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<HttpResponse<String>>> answers = new ArrayList<>();
        for (long dossier : dossiers) {
            WebClient leader = api.as(LEADER);
            answers.add(pool.submit(() -> {
                start.await();
                return leader.postJson("api/decisions", signing(List.of(dossier)));
            }));
        }
        start.countDown();
        List<String> numbers = new ArrayList<>();
        for (Future<HttpResponse<String>> answer : answers) {
            numbers.add(object(answer.get(120, TimeUnit.SECONDS)).getString("number"));
        }
        pool.shutdown();

        assertThat(numbers).hasSize(threads).doesNotHaveDuplicates();
        List<Integer> all = seqsThisYear();
        assertThat(all).isEqualTo(IntStream.rangeClosed(1, all.size()).boxed().toList());
    }

    @Test
    void theRegistryFindsNamesTypedWithoutDiacriticsAcrossAMergerWithinTheCallersScope() {
        JsonArray hang = array(api.as(OFFICER).get("api/awards?q=" + encode("dang van lam") + "&unit=" + WARD));
        assertThat(hang.getValuesAs(JsonObject.class)).singleElement().satisfies(item -> {
            assertThat(item.getString("recipientName")).isEqualTo("Đặng Văn Lâm");
            assertThat(item.getString("recipientKind")).isEqualTo("INDIVIDUAL");
            assertThat(item.getString("awardType")).isEqualTo("KY_NIEM_CHUONG");
            assertThat(item.getInt("year")).isEqualTo(2024);
            assertThat(item.getString("decisionNumber")).matches("\\d+/QĐ-MTTQ");
            assertThat(item.getString("unitCode")).isEqualTo(WARD);
        });
        HttpResponse<String> merged = api.as(OFFICER).get("api/awards?q=" + encode("PHAN THI HUONG") + "&unit=" + WARD);
        assertThat(array(merged).getValuesAs(JsonObject.class)).extracting(i -> i.getString("unitCode"))
                .containsExactly("06664");
        assertThat(merged.headers().firstValue("X-Total-Count")).contains("1");
        assertThat(array(api.as("xa3.canbo").get("api/awards?q=" + encode("phan thi huong")))).isEmpty();
        assertThat(array(api.as("xa3.canbo").get("api/awards?q=" + encode("bui thi ngoc anh")))).hasSize(1);
        assertThat(api.as(OFFICER).get("api/awards?year=hai").statusCode()).isEqualTo(400);
    }

    @Test
    void theDemoRegistryHasDecisionsOfEveryYearOfTheTermByTheProvinceAndEarlyOnesByHaLong() {
        for (int year = 2019; year <= 2024; year++) {
            List<JsonObject> decisions = object(api.as("tinh.canbo").get("api/decisions?year=" + year + "&size=100"))
                    .getJsonArray("items").getValuesAs(JsonObject.class);
            assertThat(decisions).as(String.valueOf(year)).extracting(d -> d.getString("issuingUnitCode"))
                    .contains("22");
            if (year <= 2021) {
                assertThat(decisions).as(String.valueOf(year)).extracting(d -> d.getString("issuingUnitCode"))
                        .contains("193");
            }
        }
        assertThat(array(api.as("tinh.canbo").get("api/awards?q=" + encode("tran quoc bao") + "&year=2019"))
                .getValuesAs(JsonObject.class)).singleElement()
                .satisfies(award -> assertThat(award.getString("awardType")).isEqualTo("GIAY_KHEN"));
    }

    @Test
    void theRegistryExportsASearchToExcelAndThePagesShowItsHistory() throws IOException {
        HttpResponse<byte[]> xlsx = api.as(OFFICER).getBytes("api/awards/export?unit=" + WARD + "&q="
                + encode("ban cong tac mat tran khu pho 5"));
        assertThat(xlsx.statusCode()).isEqualTo(200);
        List<String> names = new ArrayList<>();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            for (Row row : workbook.getSheetAt(0)) {
                names.add(new DataFormatter().formatCellValue(row.getCell(0)));
            }
        }
        assertThat(names).filteredOn(n -> n.startsWith("Ban Công tác Mặt trận khu phố 5")).hasSize(3);

        String search = api.as(OFFICER).get("registry/index.xhtml?q=" + encode("ban cong tac mat tran khu pho 5")
                + "&unit=" + WARD).body();
        assertThat(search).contains("Ban Công tác Mặt trận khu phố 5", "Tìm thấy 3 khen thưởng");
        long nominee = array(api.as(OFFICER).get("api/awards?q=" + encode("khu pho 5") + "&awardType=CO_THI_DUA"))
                .getJsonObject(0).getJsonNumber("nomineeId").longValue();
        String history = api.as(OFFICER).get("registry/nominee.xhtml?id=" + nominee).body();
        assertThat(history).contains("Cờ thi đua", "2022", "2023", "2024");
        assertThat(api.as(LEADER).get("decisions/index.xhtml").body()).contains("QĐ-MTTQ", "decisions/sign.xhtml");
    }

    @Test
    void aLeaderChoosesApprovedDossiersAndSignsOnThePage() {
        String name = unique("Hoàng Thị Yến");
        long dossier = approved("INDIVIDUAL", name);
        WebClient leader = api.as(LEADER);
        assertThat(leader.get("decisions/sign.xhtml").body()).contains(name);

        HttpResponse<String> signed = leader.submit("decisions/sign.xhtml", "sign", "confirm", Map.of(
                "unit_input", WARD, "dossiers_selection", String.valueOf(dossier),
                "signedOn_input", DateTimeFormatter.ofPattern("dd/MM/yyyy").format(today())));

        assertThat(signed.statusCode()).as(signed.body()).isEqualTo(302);
        String page = leader.follow(signed).body();
        assertThat(page).contains(api.get(OFFICER, dossier).getString("decisionNumber"), name);
        assertThat(api.as("xa3.canbo").get("decisions/sign.xhtml").body()).contains("not-a-leader")
                .doesNotContain(name);
    }

    /** A new Giấy khen dossier of the ward, proposed and appraised by its officer and approved by its leader. */
    private long approved(String kind, String name) {
        long id = api.draft(OFFICER, "GIAY_KHEN", kind, name);
        List.of("submit", "receive", "appraise").forEach(step -> api.act(OFFICER, id, step));
        api.act(LEADER, id, "approve");
        return id;
    }

    /** The nominee's record corrected by the ward's officer: another name and another job title. */
    private void correct(long nominee, String name) {
        long version = object(api.as(OFFICER).get("api/nominees/" + nominee)).getJsonNumber("version").longValue();
        object(api.as(OFFICER).sendJson("PUT", "api/nominees/" + nominee, Json.createObjectBuilder()
                .add("version", version).add("name", name).add("birthYear", 1975).add("gender", "FEMALE")
                .add("jobTitle", "Chủ nhiệm câu lạc bộ").build().toString()));
    }

    private static JsonObject awardType(WebClient admin, String code) {
        HttpResponse<String> types = admin.get("api/award-types");
        assertThat(types.statusCode()).as(types.body()).isEqualTo(200);
        return Json.createReader(new StringReader(types.body())).readArray().getValuesAs(JsonObject.class).stream()
                .filter(t -> t.getString("code").equals(code)).findFirst().orElseThrow();
    }

    /** The award type as it is, but for its names (the form names its prior title "priorType"). */
    private static void rename(WebClient admin, JsonObject type, String nameVi, String nameEn) {
        object(admin.sendJson("PUT", "api/award-types/" + type.getString("code"), Json.createObjectBuilder(type)
                .add("nameVi", nameVi).add("nameEn", nameEn)
                .add("priorType", type.getOrDefault("priorTitle", JsonValue.NULL))
                .remove("priorTitle").build().toString()));
    }

    private JsonObject sign(List<Long> dossiers) {
        HttpResponse<String> signed = api.as(LEADER).postJson("api/decisions", signing(dossiers));
        assertThat(signed.statusCode()).as(signed.body()).isEqualTo(201);
        return object(signed);
    }

    private static String signing(List<Long> dossiers) {
        return "{\"unitCode\":\"" + WARD + "\",\"nominationIds\":" + dossiers + "}";
    }

    /** The sequence numbers of the ward's decisions of this year, in order. */
    private List<Integer> seqsThisYear() {
        int year = today().getYear();
        JsonObject page = object(api.as(LEADER).get("api/decisions?unit=" + WARD + "&year=" + year + "&size=100"));
        return page.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(d -> d.getString("issuingUnitCode").equals(WARD))
                .map(d -> Integer.valueOf(d.getString("number").substring(0, d.getString("number").indexOf('/'))))
                .sorted().toList();
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
    }

    private static JsonArray array(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Json.createReader(new StringReader(response.body())).readArray();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
