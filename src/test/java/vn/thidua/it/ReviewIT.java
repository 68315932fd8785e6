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
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
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
        SEED_FIGURES.forEach(figure -> assertThat(pdf).contains(figure));
        HttpResponse<byte[]> xlsx = as("tinh.canbo").getBytes("api/reviews/" + id + "/xlsx");
        assertThat(xlsx.statusCode()).isEqualTo(200);
        List<String> cells = xlsxCells(xlsx.body());
        assertThat(cells).contains("354.325", "220,34", "2.513", "106,90", "157,80", "1.473", "177", "1.452");
        HttpResponse<byte[]> docx = as("tinh.canbo").getBytes("api/reviews/" + id + "/docx");
        assertThat(docx.statusCode()).isEqualTo(200);
        try (XWPFWordExtractor word = new XWPFWordExtractor(new XWPFDocument(new ByteArrayInputStream(docx.body())))) {
            assertThat(word.getText()).contains("354.325", "220,34 tỷ đồng", "BÁO CÁO");
        }
        JsonObject review = object(as("tinh.canbo").getJson("api/reviews/" + id));
        JsonObject tet = movement(review, "TET_VI_NGUOI_NGHEO");
        assertThat(indicator(tet, "GIFTS").getJsonNumber("value").longValue()).isEqualTo(354_325);
        assertThat(tet.getJsonArray("children")).as("the 13 districts of 2024").hasSize(13);
        JsonArray reporting = review.getJsonArray("discipline");
        JsonObject first = reporting.getJsonObject(0).getJsonArray("periods").getJsonObject(0);
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
        // Hạ Long's review of 2019–2020 sets the targets of 2020–2021, years for which no other test sets any.
        long id = create("halong.canbo", "193", 2019, 2020);
        int version = object(as("halong.canbo").getJson("api/reviews/" + id)).getInt("version");
        version = object(as("halong.lanhdao").postJson("api/reviews/" + id + "/approve", "{\"version\":" + version
                + "}")).getInt("version");
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
        JsonObject line = object(as("halong.canbo").getJson("api/reviews/" + id + "/tracking")).getJsonArray("lines")
                .getJsonObject(0);
        assertThat(line.getString("indicator")).isEqualTo("MODEL_AREA_SHARE");
        assertThat(line.getJsonArray("years").getJsonObject(0).getJsonNumber("target").bigDecimalValue())
                .isEqualByComparingTo("90");
    }

    @Test
    void aReviewAcrossTheJuly2025RestructuringCountsEachResultOnce() {
        long id = create("tinh.canbo", "22", 2024, 2025);
        JsonObject gifts = indicator(movement(object(as("tinh.canbo").getJson("api/reviews/" + id)),
                "TET_VI_NGUOI_NGHEO"), "GIFTS");
        long in2024 = rollup("2024");
        long in2025 = rollup("2025");
        assertThat(in2024).isPositive();
        assertThat(in2025).isPositive();
        assertThat(gifts.getJsonNumber("value").longValue()).isEqualTo(in2024 + in2025);
        JsonArray years = gifts.getJsonArray("years");
        assertThat(years.getJsonObject(0).getJsonNumber("value").longValue()).isEqualTo(in2024);
        assertThat(years.getJsonObject(1).getJsonNumber("value").longValue()).isEqualTo(in2025);
        JsonObject tet = movement(object(as("tinh.canbo").getJson("api/reviews/" + id)), "TET_VI_NGUOI_NGHEO");
        int column = 0;
        for (int i = 0; i < tet.getJsonArray("indicators").size(); i++) {
            if (tet.getJsonArray("indicators").getJsonObject(i).getString("code").equals("GIFTS")) {
                column = i;
            }
        }
        BigDecimal children = BigDecimal.ZERO;
        for (JsonValue row : tet.getJsonArray("children")) {
            JsonObject cell = row.asJsonObject().getJsonArray("values").getJsonObject(column);
            children = children.add(!cell.containsKey("value") || cell.isNull("value") ? BigDecimal.ZERO : cell.getJsonNumber("value").bigDecimalValue());
        }
        assertThat(tet.getJsonArray("children").size()).as("the communes of 2025, whatever the rest").isGreaterThan(50);
        assertThat(children).as("today's communes carry the old ones' results once, with what no unit carries")
                .isEqualByComparingTo(BigDecimal.valueOf(in2024 + in2025));
    }

    @Test
    void aDistrictReviewsOnlyItsSubtreeAndACommuneOnlyItself() {
        long province = create("tinh.canbo", "22", 2023, 2024);
        long district = create("halong.canbo", "193", 2019, 2024);
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

        int version = object(as("xa1.canbo").getJson("api/reviews/" + commune)).getInt("version");
        HttpResponse<String> written = as("xa1.canbo").sendJson("PUT", "api/reviews/" + commune
                + "/sections/achievements", "{\"version\":" + version + ",\"text\":\"Phường hoàn thành các chỉ tiêu.\"}");
        int after = object(written).getInt("version");
        assertThat(as("xa1.canbo").postJson("api/reviews/" + commune + "/approve", "{\"version\":" + after + "}")
                .statusCode()).as("an officer does not approve").isEqualTo(403);
        assertThat(object(as("xa1.lanhdao").postJson("api/reviews/" + commune + "/approve", "{\"version\":" + after
                + "}")).getInt("version")).isGreaterThan(after);
        assertThat(object(as("xa1.canbo").getJson("api/reviews/" + commune)).getString("state")).isEqualTo("APPROVED");
    }

    /** The demo's review of 2019–2024, approved: the first of the province's. */
    private long demoReview() {
        return object(as("xem").getJson("api/reviews?size=100")).getJsonArray("items").stream()
                .map(JsonValue::asJsonObject).filter(r -> r.getString("unitCode").equals("22")
                        && r.getInt("from") == 2019 && r.getString("state").equals("APPROVED"))
                .mapToLong(r -> r.getJsonNumber("id").longValue()).min().orElseThrow();
    }

    private int setTargets(long id, int version, String targets) {
        return object(as("halong.canbo").sendJson("PUT", "api/reviews/" + id + "/targets", "{\"version\":" + version
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

    private static JsonObject movement(JsonObject review, String code) {
        return review.getJsonArray("movements").stream().map(JsonValue::asJsonObject)
                .filter(m -> m.getString("code").equals(code)).findFirst().orElseThrow();
    }

    private static JsonObject indicator(JsonObject movement, String code) {
        return movement.getJsonArray("indicators").stream().map(JsonValue::asJsonObject)
                .filter(i -> i.getString("code").equals(code)).findFirst().orElseThrow();
    }
}
