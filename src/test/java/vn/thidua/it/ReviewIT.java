package vn.thidua.it;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.thidua.it.Documents.pdfText;
import static vn.thidua.it.Documents.xlsxCells;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Term reviews over the API on the demo data: the province's 2019–2024 review carries the seed report's figures in
 * its PDF and workbook; the demo review adopted in May 2024 carries the 2024–2029 targets, each measured and tracked by
 * year; targets set from a review reach the units below it and replace the previous set; a review across the July
 * 2025 restructuring counts each result once; and a district or commune reviews only its own.
 */
@ExtendWith(ArquillianExtension.class)
class ReviewIT {

    private static final List<String> SEED_FIGURES = List.of("354.325", "220,34", "2.513", "106,9", "157,8", "1.473",
            "177", "1.452");
    /** The four targets of the 2024–2029 term, a phrase of each. */
    private static final List<String> TARGETS = List.of("100% khu dân cư tổ chức được Ngày hội Đại đoàn kết toàn dân tộc",
            "từ 1 - 2 mô hình khu dân cư", "100% hộ nghèo, hộ cận nghèo", "không để phát sinh nhà ở tạm");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    private URL base;

    private WebClient as(String user) {
        return new WebClient(base).withBasic(user, TestAccounts.DEMO_PASSWORD);
    }

    private static JsonObject object(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isBetween(200, 201);
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    private long create(String user, String unit, int from, int to) {
        return object(as(user).postJson("api/reviews", "{\"unit\":\"" + unit + "\",\"from\":" + from + ",\"to\":" + to
                + "}")).getJsonNumber("id").longValue();
    }

    @Test
    void theProvinceReviewOf2019To2024CarriesTheSeedFiguresInItsPdfWorkbookAndWordDocument() throws IOException {
        long id = create("tinh.canbo", "22", 2019, 2024);
        String pdf = pdfText(as("tinh.canbo").getBytes("api/reviews/" + id + "/pdf"));
        assertThat(pdf).contains("BÁO CÁO", "ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM", "354.325 suất", "220,34 tỷ đồng",
                "157,8 tỷ đồng", "2.513 ngôi nhà", "106,9 tỷ đồng", "1.473 tổ", "100% (177/177)", "100% (1.452/1.452)");
        assertThat(pdf).contains(SEED_FIGURES);
        HttpResponse<byte[]> xlsx = as("tinh.canbo").getBytes("api/reviews/" + id + "/xlsx");
        assertThat(xlsx.statusCode()).isEqualTo(200);
        assertThat(xlsxCells(xlsx.body())).as("cells as Vietnamese Excel shows them").containsAll(SEED_FIGURES);
        HttpResponse<byte[]> docx = as("tinh.canbo").getBytes("api/reviews/" + id + "/docx");
        assertThat(docx.statusCode()).isEqualTo(200);
        try (XWPFDocument word = new XWPFDocument(new ByteArrayInputStream(docx.body()))) {
            List<String> sections = word.getParagraphs().stream().filter(p -> "Heading1".equals(p.getStyle()))
                    .map(XWPFParagraph::getText).toList();
            assertThat(sections).as("the PDF's numbered sections").hasSize(6).allSatisfy(heading ->
                    assertThat(pdf.replaceAll("\\s+", " ")).contains(heading));
            assertThat(sections.get(1)).isEqualTo("II. CÔNG TÁC THI ĐUA, KHEN THƯỞNG");
            assertThat(word.getTables().size()).as("real tables").isGreaterThan(10);
            String text = new XWPFWordExtractor(word).getText();
            assertThat(text).contains("BÁO CÁO", "354.325 suất", "220,34 tỷ đồng", "Khen thưởng theo đối tượng",
                    "Nơi nhận:");
        }
        JsonObject review = object(as("tinh.canbo").getJson("api/reviews/" + id));
        JsonObject tet = movement(review, "TET_VI_NGUOI_NGHEO");
        assertThat(indicator(tet, "GIFTS").getJsonNumber("value").longValue()).isEqualTo(354_325);
        assertThat(named(tet)).as("today's 54 communes, wards and special zones").hasSize(54);
        assertThat(cells(remainder(tet), tet, "GIFTS")).as("only what the commune closed without a successor had")
                .isEqualByComparingTo(BigDecimal.valueOf(closedWithoutSuccessor(2019, 2024)));
        assertThat(cells(tet.getJsonArray("children"), tet, "GIFTS")).as("the seed's gift packages, each counted once")
                .isEqualByComparingTo(BigDecimal.valueOf(354_325));
        JsonArray reporting = review.getJsonArray("discipline");
        JsonObject first = reporting.stream().map(JsonValue::asJsonObject)
                .filter(d -> d.getString("movementCode").equals("TET_VI_NGUOI_NGHEO")).findFirst().orElseThrow()
                .getJsonArray("periods").getJsonObject(0);
        assertThat(first.getInt("expected")).as("the province, 13 districts and 177 communes of 2019").isEqualTo(191);
        assertThat(first.getInt("missing")).isZero();
        assertThat(reporting.stream().map(JsonValue::asJsonObject).flatMap(d -> d.getJsonArray("lapses").stream())
                .count()).as("a few demo reports were sent late").isPositive();
    }

    @Test
    void theDemoReviewAdoptedInMay2024IsApprovedAndSetsThe2024To2029Targets() throws IOException {
        long id = demoReview();
        JsonArray targets = object(as("xem").getJson("api/reviews/" + id)).getJsonArray("nextTerm");
        assertThat(targets).hasSize(4);
        assertThat(targets.getJsonObject(0).getInt("yearFrom")).isEqualTo(2024);
        assertThat(targets.getJsonObject(0).getInt("yearTo")).isEqualTo(2029);
        String pdf = pdfText(as("xem").getBytes("api/reviews/" + id + "/pdf"));
        assertThat(pdf).contains(SEED_FIGURES);
        assertThat(pdf.replaceAll("\\s+", " ")).contains("Mục tiêu hằng năm giai đoạn 2024–2029").contains(TARGETS);
        List<String> cells = xlsxCells(as("xem").getBytes("api/reviews/" + id + "/xlsx").body());
        assertThat(cells).containsAll(SEED_FIGURES);
        assertThat(cells).contains("2024–2029");
        assertThat(String.join(" ", cells)).contains(TARGETS);
        try (XWPFWordExtractor word = new XWPFWordExtractor(new XWPFDocument(new ByteArrayInputStream(
                as("xem").getBytes("api/reviews/" + id + "/docx").body())))) {
            assertThat(word.getText()).contains("Mục tiêu hằng năm giai đoạn 2024–2029").contains(TARGETS);
        }
        assertThat(pdf).as("its coverage shares, frozen when the demo data was loaded").contains("100% (177/177)",
                "100% (1.452/1.452)");
        JsonObject held = object(as("xem").getJson("api/reviews/" + id + "/tracking")).getJsonArray("lines")
                .getJsonObject(0);
        assertThat(held.getString("indicator")).isEqualTo("HELD_SHARE");
        JsonObject year2024 = held.getJsonArray("years").getJsonObject(0);
        assertThat(year2024.getInt("year")).isEqualTo(2024);
        assertThat(year2024.getJsonNumber("value").bigDecimalValue()).isEqualByComparingTo("100");
        assertThat(year2024.getJsonNumber("target").bigDecimalValue()).isEqualByComparingTo("100");
        assertThat(pdf.replaceAll("\\s+", " ")).contains("2024–2029", "Ngày hội Đại đoàn kết toàn dân tộc",
                "mô hình khu dân cư", "hộ cận nghèo", "nhà ở tạm");
        assertThat(String.join(" ", xlsxCells(as("xem").getBytes("api/reviews/" + id + "/xlsx").body())))
                .contains("100% khu dân cư tổ chức được Ngày hội Đại đoàn kết toàn dân tộc");
        HttpResponse<String> edit = as("tinh.canbo").sendJson("PUT", "api/reviews/" + id + "/sections/lessons",
                "{\"version\":" + object(as("xem").getJson("api/reviews/" + id)).getInt("version") + ",\"text\":\"x\"}");
        assertThat(edit.statusCode()).as("an approved review is read-only").isEqualTo(400);
    }

    @Test
    void eachOfTheDemoReviewsFourTargetsIsMeasuredAndTrackedIn2024And2025AgainstItsTargetOf100Percent() {
        JsonArray lines = object(as("xem").getJson("api/reviews/" + demoReview() + "/tracking")).getJsonArray("lines");
        assertThat(lines.stream().map(l -> l.asJsonObject().getString("indicator"))).containsExactly("HELD_SHARE",
                "MODEL_AREA_SHARE", "ALL_SUPPORTED_SHARE", "NO_TEMP_HOUSES_SHARE");
        for (JsonValue value : lines) {
            JsonObject line = value.asJsonObject();
            JsonArray years = line.getJsonArray("years");
            assertThat(years).as(line.getString("indicator")).hasSize(6);
            for (int i = 0; i < 2; i++) {
                JsonObject year = years.getJsonObject(i);
                assertThat(year.getInt("year")).isEqualTo(2024 + i);
                // 2024 is all approved; in 2025 some communes have not sent their report yet.
                assertThat(year.getJsonNumber("value").bigDecimalValue())
                        .as(line.getString("indicator") + " " + (2024 + i))
                        .isBetween(new BigDecimal(i == 0 ? "90" : "60"), new BigDecimal("100"));
                assertThat(year.getJsonNumber("denominator").longValue()).isPositive();
                assertThat(year.getJsonNumber("target").bigDecimalValue()).isEqualByComparingTo("100");
                assertThat(year.getJsonNumber("attainment").bigDecimalValue()).isPositive();
            }
        }
        assertThat(lines.getJsonObject(0).getJsonArray("years").getJsonObject(0).getJsonNumber("value")
                .bigDecimalValue()).as("every residential area held the day in 2024").isEqualByComparingTo("100");
    }

    @Test
    void aShareTargetReachesEveryUnitBelowEachYearASumOnlyTheUnitAndSettingThemAgainLeavesNoneStale() {
        // The province's review of Hạ Long's 2019–2020 sets the targets of 2020–2021, years for which no other test sets any.
        long id = create("tinh.canbo", "193", 2019, 2020);
        int version = object(approve("tinh.lanhdao", id, writeAll("tinh.canbo", id))).getInt("version");
        version = setTargets(id, version, "{\"description\":\"100% khu dân cư tổ chức Ngày hội\",\"movement\":"
                + "\"NGAY_HOI_DDK\",\"indicator\":\"HELD_SHARE\",\"amount\":100},{\"description\":\"40 nhà Đại đoàn kết"
                + " mỗi năm\",\"movement\":\"NHA_DAI_DOAN_KET\",\"indicator\":\"HOUSES\",\"amount\":40}");
        String commune = firstUnit("asOf=2020-12-31&parent=193");
        String area = firstUnit("asOf=2020-12-31&parent=" + commune);
        for (int year = 2020; year <= 2021; year++) {
            assertThat(target("NGAY_HOI_DDK", "193", year, "HELD_SHARE")).isEqualByComparingTo("100");
            assertThat(target("NGAY_HOI_DDK", commune, year, "HELD_SHARE")).as("a commune").isEqualByComparingTo("100");
            assertThat(target("NGAY_HOI_DDK", area, year, "HELD_SHARE")).as("an area, two levels below")
                    .isEqualByComparingTo("100");
            assertThat(target("NHA_DAI_DOAN_KET", "193", year, "HOUSES")).isEqualByComparingTo("40");
            assertThat(target("NHA_DAI_DOAN_KET", commune, year, "HOUSES")).as("a child's part of a sum").isNull();
        }
        assertThat(target("NGAY_HOI_DDK", commune, 2022, "HELD_SHARE")).as("after the term").isNull();

        setTargets(id, version, "{\"description\":\"90% khu dân cư xây dựng được mô hình\",\"movement\":"
                + "\"NGAY_HOI_DDK\",\"indicator\":\"MODEL_AREA_SHARE\",\"amount\":90}");
        for (int year = 2020; year <= 2021; year++) {
            for (String unit : List.of("193", commune, area)) {
                assertThat(target("NGAY_HOI_DDK", unit, year, "HELD_SHARE")).as(unit + " " + year).isNull();
                assertThat(target("NGAY_HOI_DDK", unit, year, "MODEL_AREA_SHARE")).isEqualByComparingTo("90");
            }
            assertThat(target("NHA_DAI_DOAN_KET", "193", year, "HOUSES")).isNull();
        }
        JsonObject line = object(as("tinh.canbo").getJson("api/reviews/" + id + "/tracking")).getJsonArray("lines")
                .getJsonObject(0);
        assertThat(line.getString("indicator")).isEqualTo("MODEL_AREA_SHARE");
        assertThat(line.getJsonArray("years").getJsonObject(0).getJsonNumber("target").bigDecimalValue())
                .isEqualByComparingTo("90");
    }

    @Test
    void aReviewAcrossTheJuly2025RestructuringCountsEachResultOnce() {
        long id = create("tinh.canbo", "22", 2024, 2025);
        JsonObject tet = movement(object(as("tinh.canbo").getJson("api/reviews/" + id)), "TET_VI_NGUOI_NGHEO");
        JsonObject gifts = indicator(tet, "GIFTS");
        long in2024 = rollup("2024");
        long in2025 = rollup("2025");
        assertThat(in2024).isPositive();
        assertThat(in2025).isPositive();
        assertThat(gifts.getJsonNumber("value").longValue()).as("the years' own roll-ups, added")
                .isEqualTo(in2024 + in2025);
        JsonArray years = gifts.getJsonArray("years");
        assertThat(years.getJsonObject(0).getJsonNumber("value").longValue()).isEqualTo(in2024);
        assertThat(years.getJsonObject(1).getJsonNumber("value").longValue()).isEqualTo(in2025);
        assertThat(named(tet)).as("today's communes, not the districts of 2024").hasSize(54);
        long closed = closedWithoutSuccessor(2024, 2025);
        assertThat(closed).as("Phường Hoà Lạc reported for 2024").isPositive();
        assertThat(cells(remainder(tet), tet, "GIFTS")).as("left over: what no commune of today carries")
                .isEqualByComparingTo(BigDecimal.valueOf(closed));
        assertThat(cells(named(tet), tet, "GIFTS")).as("today's communes carry the old ones' results once")
                .isEqualByComparingTo(BigDecimal.valueOf(in2024 + in2025 - closed));
    }

    @Test
    void aDistrictReviewsOnlyItsSubtreeAndACommuneOnlyItself() {
        long province = create("tinh.canbo", "22", 2023, 2024);
        long district = create("tinh.canbo", "193", 2019, 2024);
        assertThat(object(as("halong.canbo").getJson("api/reviews/" + district)).getString("unitCode")).isEqualTo("193");
        assertThat(as("halong.canbo").postJson("api/reviews", "{\"unit\":\"22\",\"from\":2019,\"to\":2024}")
                .statusCode()).isEqualTo(404);
        assertThat(as("halong.canbo").getJson("api/reviews/" + province).statusCode()).isEqualTo(404);
        assertThat(as("halong.canbo").getBytes("api/reviews/" + province + "/pdf").statusCode()).isEqualTo(404);

        long commune = create("xa1.canbo", "06652", 2025, 2025);
        assertThat(as("xa1.canbo").postJson("api/reviews", "{\"unit\":\"193\",\"from\":2019,\"to\":2024}")
                .statusCode()).isEqualTo(404);
        assertThat(as("xa1.canbo").getJson("api/reviews/" + district).statusCode()).isEqualTo(404);
        assertThat(as("xa1.canbo").getJson("api/reviews/" + province).statusCode()).isEqualTo(404);
        assertThat(as("xa2.canbo").getJson("api/reviews/" + commune).statusCode()).isEqualTo(404);
        assertThat(as("tinh.canbo").getJson("api/reviews/" + commune).statusCode()).as("the province sees below")
                .isEqualTo(200);
        assertThat(as("xem").postJson("api/reviews", "{\"unit\":\"22\",\"from\":2019,\"to\":2024}").statusCode())
                .as("a viewer does not write reviews").isEqualTo(403);

        int after = writeAll("xa1.canbo", commune);
        assertThat(as("xa1.canbo").postJson("api/reviews/" + commune + "/approve", "{\"version\":" + after + "}")
                .statusCode()).as("an officer does not approve").isEqualTo(403);
        assertThat(object(as("xa1.lanhdao").postJson("api/reviews/" + commune + "/approve", "{\"version\":" + after
                + "}")).getInt("version")).isGreaterThan(after);
        assertThat(object(as("xa1.canbo").getJson("api/reviews/" + commune)).getString("state")).isEqualTo("APPROVED");
    }

    @Test
    void eachListsTheReviewsOfTheUnitsTheyReadAsEachUnitIsOnItsDay() {
        long province = create("tinh.canbo", "22", 2022, 2023);
        long district = create("tinh.canbo", "193", 2020, 2023);
        long sibling = create("tinh.canbo", "195", 2020, 2023);
        long commune = create("xa1.canbo", "06652", 2025, 2026);

        assertThat(listed("tinh.canbo")).as("the province sees all").containsKeys(province, district, sibling, commune);
        Map<Long, String> retired = listed("halong.canbo");
        assertThat(retired).as("a district officer, on the district's last day").containsKey(district)
                .doesNotContainKeys(sibling, province, commune);
        assertThat(retired.values()).doesNotContain("22", "195");
        Map<Long, String> communeList = listed("xa1.canbo");
        assertThat(communeList).as("a commune officer, their commune").containsKey(commune)
                .doesNotContainKeys(district, sibling, province);
        assertThat(communeList.values()).doesNotContain("22", "193", "195");
        assertThat(listed("xa2.canbo")).doesNotContainKeys(commune, district, province);
    }

    @Test
    void anOfficerWhoHasLeftOfficeReadsTheirUnitsReviewButNoLongerChangesIt() {
        long district = create("tinh.canbo", "193", 2019, 2023);
        JsonObject review = object(as("halong.canbo").getJson("api/reviews/" + district));
        assertThat(review.getString("unitCode")).isEqualTo("193");
        assertThat(as("halong.canbo").getBytes("api/reviews/" + district + "/pdf").statusCode()).isEqualTo(200);
        int version = review.getInt("version");
        assertThat(as("halong.canbo").sendJson("PUT", "api/reviews/" + district + "/sections/lessons",
                "{\"version\":" + version + ",\"text\":\"Bài học.\"}").statusCode())
                .as("the role ended with the district").isEqualTo(403);
        assertThat(as("halong.lanhdao").postJson("api/reviews/" + district + "/approve", "{\"version\":" + version
                + "}").statusCode()).isEqualTo(403);
        assertThat(as("halong.canbo").postJson("api/reviews", "{\"unit\":\"193\",\"from\":2019,\"to\":2024}")
                .statusCode()).as("nor makes a new one").isEqualTo(403);
        assertThat(object(as("tinh.canbo").sendJson("PUT", "api/reviews/" + district + "/sections/lessons",
                "{\"version\":" + version + ",\"text\":\"Bài học.\"}")).getInt("version"))
                .as("the province still writes it").isGreaterThan(version);
    }

    @Test
    void aReviewListsTheMovementsItsUnitTakesPartInWhoeverReadsIt() {
        String code = movementOf("06709", 2027);
        long sibling = create("xa1.canbo", "06652", 2027, 2027);
        List<String> byItsOfficer = movementCodes("xa1.canbo", sibling);
        assertThat(movementCodes("tinh.canbo", sibling)).as("the province reads the same review").isEqualTo(byItsOfficer)
                .doesNotContain(code);
        assertThat(movementCodes("xa3.canbo", create("xa3.canbo", "06709", 2027, 2027))).contains(code);
        assertThat(movementCodes("tinh.canbo", create("tinh.canbo", "22", 2027, 2027))).as("within the province")
                .contains(code);
        assertThat(movementCodes("tinh.canbo", create("tinh.canbo", "06709", 2028, 2028))).as("not that year")
                .doesNotContain(code);
    }

    private List<String> movementCodes(String user, long review) {
        return object(as(user).getJson("api/reviews/" + review)).getJsonArray("movements").stream()
                .map(m -> m.asJsonObject().getString("code")).toList();
    }

    @Test
    void aLeaderApprovesACompleteReviewNotLastWrittenByThemAndReopensItWithAReason() {
        long id = create("xa1.canbo", "06652", 2025, 2025);
        int version = write("xa1.canbo", id, object(as("xa1.canbo").getJson("api/reviews/" + id)).getInt("version"),
                "achievements", "Phường hoàn thành các chỉ tiêu.");
        HttpResponse<String> incomplete = approve("xa1.lanhdao", id, version);
        assertThat(incomplete.statusCode()).isEqualTo(400);
        assertThat(incomplete.body()).as("the missing sections, named").contains("Tồn tại, hạn chế và nguyên nhân",
                "Bài học kinh nghiệm", "Phương hướng, nhiệm vụ giai đoạn tới").doesNotContain("Kết quả đạt được");

        version = write("xa1.canbo", id, version, "shortcomings", "Kiểm tra chưa thường xuyên.");
        version = write("xa1.canbo", id, version, "lessons", "Huy động xã hội hóa.");
        version = write("xa1.lanhdao", id, version, "directions", "Giữ vững thành quả.");
        HttpResponse<String> own = approve("xa1.lanhdao", id, version);
        assertThat(own.statusCode()).as("who wrote a section last does not approve").isEqualTo(400);
        assertThat(own.body()).contains("Phương hướng, nhiệm vụ giai đoạn tới").doesNotContain("Bài học kinh nghiệm");
        version = write("xa1.canbo", id, version, "directions", "Giữ vững thành quả, không để tái phát sinh nhà tạm.");
        version = object(approve("xa1.lanhdao", id, version)).getInt("version");

        assertThat(reopen("xa1.canbo", id, version, "Sửa số liệu.").statusCode()).as("an officer does not reopen")
                .isEqualTo(403);
        assertThat(reopen("xa1.lanhdao", id, version, "  ").statusCode()).as("a reason is required").isEqualTo(400);
        version = object(reopen("xa1.lanhdao", id, version, "Bổ sung số liệu quý IV.")).getInt("version");
        JsonObject reopened = object(as("xa1.canbo").getJson("api/reviews/" + id));
        assertThat(reopened.getString("state")).isEqualTo("DRAFT");
        assertThat(reopened.containsKey("approvedBy") && !reopened.isNull("approvedBy")).isFalse();
        assertThat(reopen("xa1.lanhdao", id, version, "Lần nữa.").statusCode()).as("only an approved review")
                .isEqualTo(400);
        HttpResponse<String> audit = new WebClient(base).withBasic("admin", TestAccounts.DEMO_PASSWORD).submit(
                "admin/audit.xhtml", "audit", "filter", Map.of("action_input", "REVIEW_REOPENED",
                        "entityId", String.valueOf(id)));
        assertThat(audit.body()).as("audited with the reason").contains("Bổ sung số liệu quý IV.");
        version = write("xa1.canbo", id, version, "lessons", "Huy động xã hội hóa; kiểm tra thường xuyên.");
        assertThat(object(approve("xa1.lanhdao", id, version)).getInt("version")).as("approved again")
                .isGreaterThan(version);
    }

    @Test
    void anApprovedReviewKeepsItsFiguresWhateverChangesAfterAndReopeningComputesThemAgain() {
        String code = movementOf("06709", 2029);
        long id = create("xa3.canbo", "06709", 2029, 2029);
        int version = object(approve("tinh.lanhdao", id, writeAll("xa3.canbo", id))).getInt("version");
        assertThat(target(id, code)).as("no target when approved").isNull();
        assertThat(as("tinh.canbo").getBytes("api/reviews/" + id + "/pdf").statusCode()).isEqualTo(200);

        object(as("tinh.canbo").sendJson("PUT", "api/movements/" + code + "/targets",
                "{\"indicator\":\"GIFTS\",\"unit\":\"06709\",\"year\":2029,\"amount\":40}"));
        assertThat(target(create("xa3.canbo", "06709", 2029, 2029), code)).as("a draft reads the target")
                .isEqualByComparingTo("40");
        assertThat(target(id, code)).as("the approved review, as adopted").isNull();

        reopen("tinh.lanhdao", id, version, "Bổ sung chỉ tiêu kế hoạch.");
        assertThat(target(id, code)).as("reopened, it is computed again").isEqualByComparingTo("40");
    }

    @Test
    void copyingAUnitsTargetsDownGivesEveryUnitBelowItItsSharesButNotItsTotals() {
        String code = movementOf("22", 2030); // a year no review of another test spans
        object(as("tinh.canbo").postJson("api/movements/" + code + "/indicators", "{\"code\":\"HELD\",\"nameVi\":"
                + "\"Tổ chức Ngày hội\",\"kind\":\"YES_NO\",\"entryLevelCode\":\"RESIDENTIAL_AREA\"}"));
        for (String[] target : new String[][] {{"GIFTS", "40"}, {"HELD", "100"}}) {
            object(as("tinh.canbo").sendJson("PUT", "api/movements/" + code + "/targets", "{\"indicator\":\""
                    + target[0] + "\",\"unit\":\"22\",\"year\":2030,\"amount\":" + target[1] + "}"));
        }
        int copied = object(as("tinh.canbo").postJson("api/movements/" + code + "/targets/copy-down?unit=22&year=2030",
                "{}")).getInt("copied");
        String commune = firstUnit("asOf=2030-12-31&parent=22");
        String area = firstUnit("asOf=2030-12-31&parent=" + commune);
        assertThat(target(code, commune, 2030, "HELD")).isEqualByComparingTo("100");
        assertThat(target(code, area, 2030, "HELD")).as("two levels below").isEqualByComparingTo("100");
        assertThat(target(code, commune, 2030, "GIFTS")).as("a child's part of a total is its own").isNull();
        assertThat(target(code, "22", 2030, "GIFTS")).isEqualByComparingTo("40");
        assertThat(copied).as("every commune and residential area of the province, once").isGreaterThan(1000);
    }

    /** A new movement of the test with one count indicator (GIFTS), its participants the unit, for one year. */
    private String movementOf(String unit, int year) {
        String code = "IT_REVIEW_" + java.util.UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        object(as("tinh.canbo").postJson("api/movements", "{\"code\":\"" + code + "\",\"kind\":\"EMULATION\","
                + "\"name\":\"Phong trào thử nghiệm\",\"launchingUnitCode\":\"22\",\"participantRootCode\":\"" + unit
                + "\",\"yearFrom\":" + year + ",\"yearTo\":" + year + ",\"periodKind\":\"YEAR\",\"status\":\"ACTIVE\"}"));
        object(as("tinh.canbo").postJson("api/movements/" + code + "/indicators", "{\"code\":\"GIFTS\",\"nameVi\":"
                + "\"Suất quà\",\"kind\":\"COUNT\",\"unitOfMeasure\":\"suất\",\"entryLevelCode\":\"COMMUNE\"}"));
        return code;
    }

    /** The GIFTS target of the movement in the review, as its province officer reads it (null: none). */
    private BigDecimal target(long review, String movement) {
        JsonObject gifts = indicator(movement(object(as("tinh.canbo").getJson("api/reviews/" + review)), movement),
                "GIFTS");
        return !gifts.containsKey("target") || gifts.isNull("target") ? null
                : gifts.getJsonNumber("target").bigDecimalValue();
    }

    /** Writes every section as {@code user}; the review's version after. */
    private int writeAll(String user, long id) {
        int version = object(as(user).getJson("api/reviews/" + id)).getInt("version");
        for (String section : List.of("achievements", "shortcomings", "lessons", "directions")) {
            version = write(user, id, version, section, "Nội dung phần " + section + ".");
        }
        return version;
    }

    private int write(String user, long id, int version, String section, String text) {
        return object(as(user).sendJson("PUT", "api/reviews/" + id + "/sections/" + section, "{\"version\":" + version
                + ",\"text\":\"" + text + "\"}")).getInt("version");
    }

    private HttpResponse<String> approve(String user, long id, int version) {
        return as(user).postJson("api/reviews/" + id + "/approve", "{\"version\":" + version + "}");
    }

    private HttpResponse<String> reopen(String user, long id, int version, String reason) {
        return as(user).postJson("api/reviews/" + id + "/reopen", "{\"version\":" + version + ",\"reason\":\""
                + reason + "\"}");
    }

    /** Every review in the user's list, all pages: id → unit code. */
    private Map<Long, String> listed(String user) {
        Map<Long, String> reviews = new java.util.LinkedHashMap<>();
        for (int page = 0; ; page++) {
            JsonObject body = object(as(user).getJson("api/reviews?size=100&page=" + page));
            body.getJsonArray("items").stream().map(JsonValue::asJsonObject)
                    .forEach(r -> reviews.put(r.getJsonNumber("id").longValue(), r.getString("unitCode")));
            if (body.getJsonArray("items").isEmpty() || reviews.size() >= body.getInt("total")) {
                return reviews;
            }
        }
    }

    /** The demo's review of 2019–2024, approved: the first of the province's. */
    private long demoReview() {
        return object(as("xem").getJson("api/reviews?size=100")).getJsonArray("items").stream()
                .map(JsonValue::asJsonObject).filter(r -> r.getString("unitCode").equals("22")
                        && r.getInt("from") == 2019 && r.getString("state").equals("APPROVED"))
                .mapToLong(r -> r.getJsonNumber("id").longValue()).min().orElseThrow();
    }

    private int setTargets(long id, int version, String targets) {
        return object(as("tinh.canbo").sendJson("PUT", "api/reviews/" + id + "/targets", "{\"version\":" + version
                + ",\"targets\":[" + targets + "]}")).getInt("version");
    }

    /** The unit's target of the indicator in the year, or null. */
    private BigDecimal target(String movement, String unit, int year, String indicator) {
        HttpResponse<String> response = as("tinh.canbo").getJson("api/movements/" + movement + "/targets?unit=" + unit
                + "&year=" + year);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Json.createReader(new StringReader(response.body())).readArray().stream().map(JsonValue::asJsonObject)
                .filter(t -> t.getString("indicator").equals(indicator)).findFirst()
                .map(t -> t.getJsonNumber("amount").bigDecimalValue()).orElse(null);
    }

    private String firstUnit(String query) {
        HttpResponse<String> response = as("tinh.canbo").getJson("api/org-units?" + query);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Json.createReader(new StringReader(response.body())).readArray().stream().map(JsonValue::asJsonObject)
                .map(u -> u.getString("code")).sorted().findFirst().orElseThrow();
    }

    private long rollup(String year) {
        JsonObject body = object(as("tinh.canbo").getJson("api/rollups?movement=TET_VI_NGUOI_NGHEO&unit=22&from=" + year
                + "&to=" + year));
        return body.getJsonArray("values").stream().map(JsonValue::asJsonObject)
                .filter(v -> v.getString("indicator").equals("GIFTS")).findFirst().orElseThrow()
                .getJsonNumber("value").longValue();
    }

    /**
     * The gift packages of Phường Hoà Lạc (06718, Móng Cái), which the reference history closes on 01/11/2024 without
     * naming a successor: its own roll-up, read on a day it existed.
     */
    private long closedWithoutSuccessor(int from, int to) {
        JsonObject body = object(as("tinh.canbo").getJson("api/rollups?movement=TET_VI_NGUOI_NGHEO&unit=06718"
                + "&asOf=2024-06-01&from=" + from + "&to=" + to));
        return body.getJsonArray("values").stream().map(JsonValue::asJsonObject)
                .filter(v -> v.getString("indicator").equals("GIFTS")).findFirst().orElseThrow()
                .getJsonNumber("value").longValue();
    }

    /** The children's rows of a unit of the tree (with a unit code). */
    private static List<JsonObject> named(JsonObject movement) {
        return movement.getJsonArray("children").stream().map(JsonValue::asJsonObject)
                .filter(row -> row.containsKey("unitCode") && !row.isNull("unitCode")).toList();
    }

    /** The children's row for what no child carries (no unit code), if any. */
    private static List<JsonObject> remainder(JsonObject movement) {
        return movement.getJsonArray("children").stream().map(JsonValue::asJsonObject)
                .filter(row -> !row.containsKey("unitCode") || row.isNull("unitCode")).toList();
    }

    /** The sum of an indicator's cells over some of the movement's children's rows. */
    private static BigDecimal cells(List<? extends JsonValue> rows, JsonObject movement, String indicator) {
        JsonArray indicators = movement.getJsonArray("indicators");
        int column = -1;
        for (int i = 0; i < indicators.size(); i++) {
            if (indicators.getJsonObject(i).getString("code").equals(indicator)) {
                column = i;
            }
        }
        assertThat(column).as(indicator).isNotNegative();
        BigDecimal sum = BigDecimal.ZERO;
        for (JsonValue row : rows) {
            JsonObject cell = row.asJsonObject().getJsonArray("values").getJsonObject(column);
            sum = sum.add(!cell.containsKey("value") || cell.isNull("value") ? BigDecimal.ZERO
                    : cell.getJsonNumber("value").bigDecimalValue());
        }
        return sum;
    }

    private static JsonObject movement(JsonObject review, String code) {
        return review.getJsonArray("movements").stream().map(JsonValue::asJsonObject)
                .filter(m -> m.getString("code").equals(code)).findFirst().orElseThrow();
    }

    private static JsonObject indicator(JsonObject movement, String code) {
        return movement.getJsonArray("indicators").stream().map(JsonValue::asJsonObject)
                .filter(i -> i.getString("code").equals(code)).findFirst().orElseThrow();
    }
}
