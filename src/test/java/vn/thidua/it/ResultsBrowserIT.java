package vn.thidua.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * Result reports in the browser, level by level: a movement launched by the province, a commune's report entered
 * and submitted, approved by its district (in the first half of 2025, while districts existed), and its value in the
 * province's roll-up; then the commune's side of a return, a concurrent save and an evidence file.
 */
@ExtendWith(ArquillianExtension.class)
class ResultsBrowserIT {

    private static final String VALUES = "#values\\:lines\\:0\\:amount";
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    private URL announced;

    private Browser browser;
    private String base;

    @BeforeEach
    void openBrowser() {
        browser = new Browser();
        base = WebClient.loopback(announced).toString();
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    @Test
    void aCommuneReportSubmittedAndApprovedByItsDistrictReachesTheProvince() {
        String code = "UI_" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);

        logIn("tinh.canbo", "Nguyễn Thị Hồng");
        browser.navigate("nav-movements");
        browser.click("#create");
        browser.find("#movement\\:code").sendKeys(code);
        browser.find("#movement\\:name").sendKeys("Phong trào thử nghiệm nửa năm");
        browser.replace("#movement\\:yearFrom", "2025");
        browser.replace("#movement\\:yearTo", "2025");
        browser.choose("#movement\\:periodKind", "6 tháng");
        browser.choose("#movement\\:status", "Đang triển khai");
        browser.click("#movement\\:save");
        browser.waitForText("#messages", "Đã tạo phong trào " + code);
        browser.find("#indicators\\:code").sendKeys("HOUSES");
        browser.find("#indicators\\:nameVi").sendKeys("Số nhà được hỗ trợ");
        browser.find("#indicators\\:unitOfMeasure").sendKeys("căn");
        browser.click("#indicators\\:add");
        browser.waitForText("#indicators\\:table", "HOUSES");
        assertThat(browser.text("#indicators\\:table")).contains("Số lượng").contains("Cấp xã");
        browser.logOut();

        logIn("xa1.canbo", "Đỗ Thị Nga");
        openReport(code, "6 tháng đầu năm 2025", "(06652)");
        browser.waitForText("#report-unit", "Phường Hà Phong (06652) · 6 tháng đầu năm 2025");
        assertThat(browser.find("label[for='values:lines:0:amount']").getText()).isEqualTo("Số nhà được hỗ trợ (căn)");
        browser.replace(VALUES, "12,5");
        browser.click("#values\\:save");
        browser.waitForText("#values\\:messages", "không phải số nguyên");
        assertThat(browser.find(VALUES).getAttribute("value")).as("kept as typed").isEqualTo("12,5");
        browser.replace(VALUES, "1.234");
        browser.click("#values\\:save");
        browser.waitForText("#values\\:messages", "Đã lưu báo cáo.");
        assertThat(browser.find(VALUES).getAttribute("value")).isEqualTo("1.234");
        browser.find(VALUES).sendKeys(Keys.TAB);
        assertThat(browser.driver().switchTo().activeElement().getAttribute("id"))
                .as("the keyboard goes from the value to the notes").isEqualTo("values:notes");
        browser.click("#values\\:submit");
        browser.waitForText("#report-status", "Đã gửi, chờ duyệt");
        assertThat(provinceValue(code)).as("nothing approved yet").isZero();
        browser.logOut();

        logIn("halong.canbo", "Phạm Văn Đức");
        openReport(code, "6 tháng đầu năm 2025", null);
        chooseUnit("ha long", "Thành phố Hạ Long (193)");
        browser.click("#report\\:open");
        browser.waitForText("#report-unit", "Thành phố Hạ Long (193)");
        browser.waitForText("#waiting", "Có 1 báo cáo chờ duyệt.");
        WebElement first = browser.find("#childReports\\:table tbody tr");
        assertThat(first.getText()).as("the inbox lists waiting reports first")
                .contains("Phường Hà Phong (06652)").contains("Đã gửi, chờ duyệt");
        browser.screenshot("results-district-inbox");
        browser.click("#childReports\\:table a[href*='unit=06652']");
        browser.waitForText("#report-unit", "Phường Hà Phong (06652)");
        assertThat(browser.text("#values")).contains("1.234");
        browser.click("#values\\:approve");
        browser.waitForText("#report-status", "Đã duyệt");
        browser.logOut();

        logIn("tinh.canbo", "Nguyễn Thị Hồng");
        openReport(code, "6 tháng đầu năm 2025", null);
        browser.click("#report\\:open");
        browser.waitForText("#report-unit", "Tỉnh Quảng Ninh (22)");
        assertThat(browser.text("#values .report-line.computed .line-value")).startsWith("1.234 căn");
        String rollup = fetch("/api/rollups?movement=" + code + "&unit=22&from=2025&to=2025");
        assertThat(json(rollup).getJsonArray("values").getJsonObject(0).getJsonNumber("value").longValue())
                .as("the province's approved roll-up, read with the page's login").isEqualTo(1234);
        browser.open(base + "result/dashboard.xhtml?movement=" + code + "&unit=22&from=2025&to=2025");
        browser.waitForText("#kpi-HOUSES .kpi-value", "1.234");
        browser.screenshot("results-province-dashboard");
        assertThat(browser.consoleErrors()).as("no CSP violation or script error").isEmpty();
    }

    @Test
    void aCommuneKeepsWhatItTypedWhenSomeoneSavedMeanwhileAttachesEvidenceAndReadsWhyItWasReturned() {
        String report = "reports/report.xhtml?movement=TET_VI_NGUOI_NGHEO&unit=06652&period=2026";
        String query = "api/reports?movement=TET_VI_NGUOI_NGHEO&unit=06652&period=2026";
        WebClient api = new WebClient(announced).withBasic("xa1.lanhdao", TestAccounts.DEMO_PASSWORD);
        logIn("xa1.canbo", "Đỗ Thị Nga");
        browser.resize(375, 812);
        browser.open(base + "movements/movement.xhtml?code=TET_VI_NGUOI_NGHEO");
        browser.waitForText("#facts", "Tỉnh Quảng Ninh (22)");
        assertThat(browser.driver().findElements(By.id("movement:save"))).as("read-only for a commune").isEmpty();
        assertThat(browser.find("#report\\:unit_input").getAttribute("value")).as("the user's own unit")
                .endsWith("(06652)");
        assertThat(unlabelledFields()).as("every field has a label").isEmpty();
        assertThat(browser.scrollWidth()).as("no sideways scrolling at 375 px").isLessThanOrEqualTo(375);
        browser.open(base + report);
        browser.waitForText("#report-unit", "(06652) · Năm 2026");
        assertThat(unlabelledFields()).as("every field has a label").isEmpty();
        assertThat(browser.scrollWidth()).as("no sideways scrolling at 375 px").isLessThanOrEqualTo(375);

        HttpResponse<String> other = api.sendJson("PUT", query, "{\"version\":null,\"values\":{\"GIFTS\":{\"amount\":99}}}");
        assertThat(other.statusCode()).as(other.body()).isEqualTo(200);
        browser.replace(VALUES, "1500");
        browser.click("#values\\:save");
        browser.waitForText("#values\\:messages", "vừa được người khác thay đổi");
        assertThat(browser.find(VALUES).getAttribute("value")).as("what was typed stays").isEqualTo("1.500");
        browser.click("#values\\:reload");
        browser.waitForText("#values", "Bạn đã nhập: 1.500");
        assertThat(browser.find(VALUES).getAttribute("value")).isEqualTo("99");
        browser.replace(VALUES, "1500");
        browser.click("#values\\:save");
        browser.waitForText("#values\\:messages", "Đã lưu báo cáo.");
        browser.screenshot("results-phone-report");

        browser.find("#files\\:file").sendKeys(evidence("giay.pdf", "not a PDF".getBytes()).toString());
        browser.click("#files\\:upload");
        browser.waitForText("#files\\:messages", "không được nhận");
        browser.find("#files\\:file").sendKeys(evidence("biên bản.png", PNG).toString());
        browser.click("#files\\:upload");
        browser.waitForText("#file-list", "biên bản.png");
        String href = browser.find("#file-list a").getAttribute("href");
        assertThat(browser.fetchStatusAndType(href)).as("downloaded with the page's login").startsWith("200 image/png");

        browser.click("#values\\:submit");
        browser.waitForText("#report-status", "Đã gửi, chờ duyệt");
        JsonObject submitted = json(api.getJson(query).body());
        HttpResponse<String> returned = new WebClient(announced).withBasic("tinh.canbo", TestAccounts.DEMO_PASSWORD)
                .postJson("api/reports/" + submitted.getJsonNumber("id") + "/actions", "{\"action\":\"return\","
                        + "\"version\":" + submitted.getJsonNumber("version") + ",\"reason\":\"Thiếu biên bản trao quà\"}");
        assertThat(returned.statusCode()).as(returned.body()).isEqualTo(200);
        browser.open(base + report);
        browser.waitForText("#report-status", "Bị trả lại");
        assertThat(browser.text("#return-reason")).contains("Thiếu biên bản trao quà");
        assertThat(browser.find(VALUES).isEnabled()).as("a returned report can be corrected").isTrue();
        assertThat(browser.consoleErrors()).as("no CSP violation or script error").isEmpty();
    }

    @Test
    void theDashboardIsAddressedByLinksDrillsDownAndBackAndDownloadsItsTables() {
        logIn("tinh.canbo", "Nguyễn Thị Hồng");
        browser.resize(375, 812);
        browser.open(base + "result/dashboard.xhtml?movement=TET_VI_NGUOI_NGHEO&from=2019&to=2024");
        browser.waitForText("#kpi-GIFTS .kpi-value", "354.325");
        assertThat(browser.scrollWidth()).as("no sideways scrolling at 375 px").isLessThanOrEqualTo(375);
        browser.click("#children a[href*='unit=193']");
        browser.waitForText("#trail", "Thành phố Hạ Long");
        assertThat(browser.driver().getCurrentUrl()).as("the address names the unit").contains("unit=193");
        assertThat(browser.text("#children")).contains("Phường Hà Phong");
        assertThat(browser.text("#trail .here")).isEqualTo("Thành phố Hạ Long");
        browser.click("#trail a");
        browser.waitForText("#trail .here", "Tỉnh Quảng Ninh");
        new org.openqa.selenium.support.ui.Select(browser.find("#from")).selectByValue("2024");
        browser.waitForText("#basis", "2024–2024");
        assertThat(browser.fetchStatusAndType(browser.find("#exportChildren").getAttribute("href")))
                .as("the children's table as a workbook").startsWith("200 " + XLSX);
        browser.click("#openImport");
        browser.waitForText("#import-unit", "Tỉnh Quảng Ninh (22)");
        assertThat(browser.consoleErrors()).as("no CSP violation or script error").isEmpty();
    }

    @Test
    void theLevelAboveReturnsAReportOnlyWithAReason() {
        WebClient commune = new WebClient(announced).withBasic("xa1.canbo", TestAccounts.DEMO_PASSWORD);
        String query = "api/reports?movement=NHA_DAI_DOAN_KET&unit=06652&period=2026";
        JsonObject saved = json(commune.sendJson("PUT", query, "{\"version\":null,\"values\":{}}").body());
        assertThat(commune.postJson("api/reports/" + saved.getJsonNumber("id") + "/actions",
                "{\"action\":\"submit\",\"version\":" + saved.getJsonNumber("version") + "}").statusCode())
                .isEqualTo(200);

        logIn("tinh.canbo", "Nguyễn Thị Hồng");
        browser.open(base + "reports/report.xhtml?movement=NHA_DAI_DOAN_KET&unit=06652&period=2026");
        browser.waitForText("#report-status", "Đã gửi, chờ duyệt");
        browser.click("#values\\:return");
        browser.click("#return\\:confirm");
        browser.waitForText("#return\\:messages", "Lý do trả lại");
        browser.find("#return\\:reason").sendKeys("Số liệu chưa khớp biên bản");
        browser.click("#return\\:confirm");
        browser.waitForText("#report-status", "Bị trả lại");
        assertThat(browser.text("#return-reason")).contains("Số liệu chưa khớp biên bản");
        assertThat(browser.consoleErrors()).as("no CSP violation or script error").isEmpty();
    }

    private void logIn(String username, String displayName) {
        browser.logInAs(base, username, displayName);
    }

    private void logOut() {
        browser.logOut();
    }

    /** Opens the movement from the list, chooses the period and, when given, a unit whose label contains it. */
    private void openReport(String code, String period, String unit) {
        browser.navigate("nav-movements");
        browser.click("#list a[href*='code=" + code + "']");
        browser.choose("#report\\:period", period);
        if (unit != null) {
            chooseUnit(unit.replaceAll("[()]", ""), unit);
            browser.click("#report\\:open");
        }
    }

    /** Types into the unit field and picks the suggestion whose label contains {@code label}. */
    private void chooseUnit(String typed, String label) {
        browser.replace("#report\\:unit_input", typed);
        browser.click("#report\\:unit_panel li[data-item-label*='" + label + "']");
    }

    /** The ids of visible fields that have neither a label nor an aria-label. */
    @SuppressWarnings("unchecked")
    private List<String> unlabelledFields() {
        return (List<String>) browser.driver().executeScript("return Array.from(document.querySelectorAll("
                + "'main input:not([type=hidden]), main textarea, main [role=combobox]'))"
                + ".filter(e => e.offsetParent !== null && !(e.labels && e.labels.length)"
                + " && !e.getAttribute('aria-label') && !e.getAttribute('aria-labelledby')).map(e => e.id)");
    }

    /** GETs a path of the application with the browser's own session, as a link on the page would. */
    private String fetch(String path) {
        return (String) browser.driver().executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "fetch(arguments[0]).then(r => r.text()).then(done)", path);
    }


    private long provinceValue(String code) {
        HttpResponse<String> response = new WebClient(announced).withBasic("tinh.canbo", TestAccounts.DEMO_PASSWORD)
                .getJson("api/rollups?movement=" + code + "&unit=22&from=2025&to=2025");
        return json(response.body()).getJsonArray("values").getJsonObject(0).getJsonNumber("value").longValue();
    }

    private static JsonObject json(String body) {
        return Json.createReader(new StringReader(body)).readObject();
    }

    private static Path evidence(String name, byte[] content) {
        try {
            Path file = Files.createTempDirectory("evidence-").resolve(name);
            return Files.write(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The smallest PNG: one red pixel. */
    private static final byte[] PNG = java.util.Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGP4z8AAAAMBAQDJ/pLvAAAAAElFTkSuQmCC");
}
