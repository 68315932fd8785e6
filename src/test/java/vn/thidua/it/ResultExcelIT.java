package vn.thidua.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The Excel round trip over the API, for 2026 (province → commune → residential area): download a unit's template,
 * fill it in with POI as a user would in Excel, upload it; every changed row's report is saved, or — when a row is
 * wrong — nothing at all, with the row named. Accounts are made for the test, so demo users are not disturbed.
 */
@ExtendWith(ArquillianExtension.class)
class ResultExcelIT {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final String TET = "TET_VI_NGUOI_NGHEO";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    private URL base;

    /** A downloaded template opened for filling in: rows by unit code, columns by indicator code. */
    private static final class Template {
        final XSSFWorkbook workbook;
        final Sheet sheet;
        final Map<String, Integer> columns = new HashMap<>();
        final Map<String, Row> rows = new HashMap<>();

        Template(byte[] bytes) throws IOException {
            workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes));
            sheet = workbook.getSheetAt(0);
            int codes = -1;
            for (Row row : sheet) {
                Cell first = row.getCell(0);
                String text = first == null ? "" : first.getStringCellValue();
                if (text.equals("#unit")) {
                    codes = row.getRowNum();
                    row.forEach(cell -> columns.put(cell.getStringCellValue(), cell.getColumnIndex()));
                } else if (codes >= 0) {
                    rows.put(text, row);
                }
            }
        }

        /** The unit's row in Excel's numbering. */
        int rowOf(String unit) {
            return rows.get(unit).getRowNum() + 1;
        }

        Template set(String unit, String indicator, Object value) {
            Cell cell = rows.get(unit).getCell(columns.get(indicator), Row.MissingCellPolicy.CREATE_NULL_AS_BLANK);
            if (value instanceof Number number) {
                cell.setCellValue(number.doubleValue());
            } else {
                cell.setCellValue((String) value);
            }
            return this;
        }

        /** A row the user adds at the end, naming a unit by its code. */
        Template add(String unit, String indicator, Object value) {
            Row row = sheet.createRow(sheet.getLastRowNum() + 1);
            row.createCell(0).setCellValue(unit);
            rows.put(unit + "@" + row.getRowNum(), row);
            return set(unit + "@" + row.getRowNum(), indicator, value);
        }

        byte[] bytes() throws IOException {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private Template download(WebClient client, String movement, String unit) throws IOException {
        HttpResponse<byte[]> file = client.getBytes("api/reports/template?movement=" + movement + "&unit=" + unit
                + "&period=2026");
        assertThat(file.statusCode()).as(new String(file.body())).isEqualTo(200);
        assertThat(file.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith(XLSX));
        assertThat(file.headers().firstValue("Content-Disposition"))
                .hasValue("attachment; filename=\"mau-" + movement + "-" + unit + "-2026.xlsx\"");
        return new Template(file.body());
    }

    private static HttpResponse<String> upload(WebClient client, String movement, String unit, Template template)
            throws IOException {
        return client.post("api/reports/import?movement=" + movement + "&unit=" + unit + "&period=2026", XLSX,
                template.bytes());
    }

    /** What the unit's 2026 report holds for the indicator: its value object ({amount, flag, text}). */
    private static JsonObject value(WebClient client, String movement, String unit, String indicator) {
        HttpResponse<String> report = client.get("api/reports?movement=" + movement + "&unit=" + unit
                + "&period=2026");
        assertThat(report.statusCode()).as(report.body()).isEqualTo(200);
        return json(report).getJsonArray("lines").stream().map(JsonValue::asJsonObject)
                .filter(line -> line.getJsonObject("indicator").getString("code").equals(indicator))
                .findFirst().orElseThrow().getJsonObject("value");
    }

    private static Long amount(JsonObject value) {
        return value.containsKey("amount") && !value.isNull("amount") ? value.getJsonNumber("amount").longValue()
                : null;
    }

    private static Boolean flag(JsonObject value) {
        return value.containsKey("flag") && !value.isNull("flag") ? value.getBoolean("flag") : null;
    }

    private static JsonObject json(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    private WebClient provinceOfficer() {
        TestAccounts.Account officer = TestAccounts.fresh(base, "OFFICER");
        return new WebClient(base).withBasic(officer.username(), officer.password());
    }

    @Test
    void aProvinceOfficerFillsInTheCommunesTemplateAndEveryChangedRowIsSaved() throws IOException {
        WebClient officer = provinceOfficer();
        Template template = download(officer, TET, "22");
        assertThat(template.rows).as("the 54 communes of 2026").hasSize(54);
        assertThat(template.columns).containsKeys("GIFTS", "GIFT_VALUE", "BUDGET_FREE")
                .doesNotContainKey("BUDGET_FREE_SHARE");

        template.set("07090", "GIFTS", 120).set("07090", "GIFT_VALUE", 36_000_000).set("07090", "BUDGET_FREE", "Có")
                .set("07093", "GIFTS", "1.234").set("07093", "BUDGET_FREE", "không");
        HttpResponse<String> saved = upload(officer, TET, "22", template);

        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
        assertThat(json(saved).getInt("rows")).isEqualTo(54);
        assertThat(json(saved).getInt("saved")).isEqualTo(2);
        assertThat(amount(value(officer, TET, "07090", "GIFTS"))).isEqualTo(120L);
        assertThat(amount(value(officer, TET, "07090", "GIFT_VALUE"))).isEqualTo(36_000_000L);
        assertThat(flag(value(officer, TET, "07090", "BUDGET_FREE"))).isTrue();
        assertThat(amount(value(officer, TET, "07093", "GIFTS"))).isEqualTo(1234L);
        assertThat(flag(value(officer, TET, "07093", "BUDGET_FREE"))).isFalse();

        Template again = download(officer, TET, "22");
        assertThat(again.rows.get("07090").getCell(again.columns.get("GIFTS")).getNumericCellValue())
                .as("the template is filled with the saved values").isEqualTo(120);
    }

    @Test
    void aFileWithOneBadRowIsRejectedWithThatRowNamedAndNothingIsSaved() throws IOException {
        WebClient officer = provinceOfficer();
        Template first = download(officer, TET, "22");
        first.set("07081", "GIFTS", 10);
        assertThat(upload(officer, TET, "22", first).statusCode()).isEqualTo(200);

        Template template = download(officer, TET, "22");
        template.set("07081", "GIFTS", 99).set("07081", "GIFT_VALUE", 5_000_000)
                .set("06652", "GIFTS", -5).set("06652", "BUDGET_FREE", "Có");
        HttpResponse<String> refused = upload(officer, TET, "22", template);

        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(422);
        assertThat(refused.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        JsonObject problem = json(refused);
        assertThat(problem.getInt("saved")).isZero();
        assertThat(problem.getJsonArray("problems")).hasSize(1);
        JsonObject bad = problem.getJsonArray("problems").getJsonObject(0);
        int row = template.rowOf("06652");
        assertThat(bad.getInt("row")).isEqualTo(row);
        assertThat(bad.getString("message")).isEqualTo("Dòng " + row + ": Suất quà Tết: không được là số âm.");
        assertThat(amount(value(officer, TET, "07081", "GIFTS")))
                .as("the good row was not saved either").isEqualTo(10L);
        assertThat(amount(value(officer, TET, "07081", "GIFT_VALUE"))).isNull();
        assertThat(flag(value(officer, TET, "06652", "BUDGET_FREE"))).isNull();
    }

    @Test
    void everyKindOfBadRowIsNamedAndNothingIsSaved() throws IOException {
        WebClient officer = provinceOfficer();
        HttpResponse<String> draft = officer.sendJson("PUT", "api/reports?movement=" + TET + "&unit=07069&period=2026",
                "{\"values\":{\"GIFTS\":{\"amount\":5}}}");
        assertThat(draft.statusCode()).as(draft.body()).isEqualTo(200);
        assertThat(officer.postJson("api/reports/" + json(draft).getJsonNumber("id") + "/actions",
                "{\"action\":\"submit\",\"version\":" + json(draft).getJsonNumber("version") + "}").statusCode())
                .isEqualTo(200);
        Template template = download(officer, TET, "22");
        template.set("07069", "GIFTS", 6).set("07114", "GIFTS", "nhiều").set("06832", "BUDGET_FREE", "có lẽ")
                .set("06811", "GIFTS", 3).set("06820", "GIFTS", 4)
                .add("99999", "GIFTS", 1).add("06652.01", "GIFTS", 1).add("06811", "GIFTS", 2);
        int last = template.sheet.getLastRowNum() + 1;

        HttpResponse<String> refused = upload(officer, TET, "22", template);

        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(422);
        assertThat(json(refused).getJsonArray("problems").stream()
                .map(p -> p.asJsonObject().getString("message")).toList()).containsExactlyInAnyOrder(
                "Dòng " + template.rowOf("07069") + ": báo cáo của Phường Mạo Khê đã gửi hoặc đã được duyệt nên"
                        + " không sửa được.",
                "Dòng " + template.rowOf("07114") + ": Suất quà Tết: hãy nhập một số.",
                "Dòng " + template.rowOf("06832") + ": Không sử dụng ngân sách (100% xã hội hóa): hãy chọn Có hoặc"
                        + " Không.",
                "Dòng " + (last - 2) + ": không có đơn vị mã 99999.",
                "Dòng " + (last - 1) + ": 06652.01 không phải đơn vị trực thuộc Tỉnh Quảng Ninh báo cáo trong phong"
                        + " trào này.",
                "Dòng " + last + ": đơn vị 06811 đã có ở dòng " + template.rowOf("06811") + ".");
        assertThat(amount(value(officer, TET, "07069", "GIFTS"))).isEqualTo(5L);
        assertThat(amount(value(officer, TET, "06820", "GIFTS"))).as("a good row is not saved alone").isNull();
    }

    @Test
    void theProvinceDashboardShowsTheSeedTotalsForTheTermInVietnamese() {
        WebClient browser = new WebClient(base);
        browser.follow(browser.login("xem", TestAccounts.DEMO_PASSWORD)); // the province's viewer only reads
        HttpResponse<String> page = browser.get("result/dashboard.xhtml?movement=" + TET + "&from=2019&to=2024");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Số liệu đã duyệt, 2019–2024.").contains(">354.325<")
                .contains(">220,34 tỷ đồng<").contains("177/177 xã, phường, thị trấn (kỳ 2024)")
                .contains("Đã duyệt: 13/13 đơn vị").contains("Thành phố Hạ Long")
                .as("a viewer does not enter results").doesNotContain("Nhập số liệu từ Excel");
    }

    @Test
    void anAddressWithYearsOrAPageThatAreNotNumbersShowsTheDefaultDashboard() {
        WebClient browser = new WebClient(base);
        browser.follow(browser.login("xem", TestAccounts.DEMO_PASSWORD));
        HttpResponse<String> page = browser.get("result/dashboard.xhtml?movement=" + TET + "&from=abc&to=20x4&page=q");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).as("the movement's years up to this one, first page").contains("Số liệu đã duyệt, 2019–")
                .contains("id=\"children\"").contains(">1–10 / 54<").doesNotContain("id=\"no-movement\"");
    }

    @Test
    void aCommuneOfficerFillsInItsResidentialAreasAndCannotTouchTheProvincesTemplate() throws IOException {
        TestAccounts.Account account = TestAccounts.fresh(base, "OFFICER", "06652");
        WebClient officer = new WebClient(base).withBasic(account.username(), account.password());
        Template template = download(officer, "NGAY_HOI_DDK", "06652");
        assertThat(template.columns).containsKey("HELD");
        String area = template.rows.keySet().stream().sorted().findFirst().orElseThrow();
        assertThat(area).startsWith("06652.");

        HttpResponse<String> saved = upload(officer, "NGAY_HOI_DDK", "06652", template.set(area, "HELD", "Có"));

        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
        assertThat(json(saved).getInt("saved")).isEqualTo(1);
        assertThat(flag(value(officer, "NGAY_HOI_DDK", area, "HELD"))).isTrue();
        assertThat(officer.getBytes("api/reports/template?movement=" + TET + "&unit=22&period=2026").statusCode())
                .isEqualTo(404);
        assertThat(upload(officer, TET, "22", template).statusCode()).isEqualTo(404);
    }
}
