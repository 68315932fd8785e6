package vn.thidua.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import jakarta.json.Json;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URL;
import java.time.Duration;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementNotInteractableException;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A term review in the browser: the province's officer generates the 2019–2024 review and writes its four sections,
 * saving one while another holds unsaved text (which stays); its leader approves it, after which the narrative is
 * read-only, and downloads the PDF with the progress dialog shown while it is made — the file saved carries the
 * lessons written — and reopens it with a reason; the page reads on a 375 px phone, and so does the tracking
 * of the demo review's targets.
 */
@ExtendWith(ArquillianExtension.class)
class ReviewBrowserIT {

    private static final String LESSONS = "#sections\\:list\\:2\\:text";
    private static final String[] SECTION_NAMES = {"Kết quả đạt được", "Tồn tại, hạn chế và nguyên nhân",
            "Bài học kinh nghiệm", "Phương hướng, nhiệm vụ giai đoạn tới"};
    private static final String[] TEXTS = {"Hoàn thành vượt mức các chỉ tiêu của giai đoạn.",
            "Công tác kiểm tra có nơi chưa thường xuyên.", "Huy động nguồn lực xã hội hóa thay cho ngân sách.",
            "Triển khai Cuộc vận động trong nhiệm kỳ 2024–2029."};

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
    void anOfficerGeneratesAndWritesAReviewItsLeaderApprovesItAndDownloadsThePdf() throws IOException {
        browser.logInAs(base, "tinh.canbo", "Nguyễn Thị Hồng");
        browser.navigate("nav-reviews");
        browser.find("#create\\:unit_input").sendKeys("quang ninh");
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).ignoring(ElementNotInteractableException.class)
                .until(d -> {
                    d.findElement(By.cssSelector("#create\\:unit_panel li[data-item-label*='(22)']")).click();
                    return true;
                });
        browser.click("#create\\:save");
        browser.waitForText("#review-state", "Dự thảo");
        assertThat(browser.text("#review-unit")).isEqualTo("Tỉnh Quảng Ninh (22)");
        assertThat(browser.text("body")).contains("354.325 suất", "220,34 tỷ đồng", "1.473 tổ");
        String review = browser.driver().getCurrentUrl().replaceAll(".*[?&]id=(\\d+).*", "$1");

        browser.find(section(0)).sendKeys(TEXTS[0]);
        browser.find(LESSONS).sendKeys(TEXTS[2]);
        browser.click("#sections\\:list\\:2\\:save");
        browser.waitForText("#review\\:messages", "Đã lưu phần “Bài học kinh nghiệm”");
        assertThat(browser.find(section(0)).getAttribute("value")).as("typed in another section, not yet saved")
                .isEqualTo(TEXTS[0]);
        browser.find(section(1)).sendKeys(TEXTS[1]);
        browser.find(section(3)).sendKeys(TEXTS[3]);
        for (int i : new int[] {0, 1, 3}) {
            browser.click("#sections\\:list\\:" + i + "\\:save");
            browser.waitForText("#review\\:messages", "Đã lưu phần “" + SECTION_NAMES[i] + "”");
        }
        browser.open(base + "review/review.xhtml?id=" + review);
        for (int i = 0; i < TEXTS.length; i++) {
            assertThat(browser.find(section(i)).getAttribute("value")).isEqualTo(TEXTS[i]);
        }
        assertThat(browser.driver().findElements(By.id("review:approve"))).as("an officer does not approve").isEmpty();
        browser.logOut();

        browser.logInAs(base, "tinh.lanhdao", "Trần Văn Minh");
        browser.resize(375, 812);
        browser.open(base + "review/review.xhtml?id=" + review);
        browser.waitForText("#review-state", "Dự thảo");
        assertThat(browser.scrollWidth()).as("no sideways scrolling at 375 px").isLessThanOrEqualTo(375);
        browser.click("#review\\:approve");
        browser.click(".ui-confirmdialog-yes");
        browser.waitForText("#review-state", "Đã duyệt");
        assertThat(browser.find(LESSONS).getAttribute("readonly")).as("an approved review is read-only").isNotNull();
        assertThat(browser.driver().findElements(By.id("sections:list:2:save"))).isEmpty();
        browser.screenshot("review-approved-phone");
        assertThat(texts("#award-types thead th")).as("awards by type per year").contains("2019", "2024", "Cộng");
        assertThat(texts("#award-recipients tbody th")).containsExactly("Cá nhân", "Tập thể", "Hộ gia đình");
        assertThat(texts("#decisions tbody td")).as("the decisions issued, with their dates")
                .anySatisfy(cell -> assertThat(cell).matches("\\d{2}/\\d{2}/20\\d{2}"));
        assertThat(texts("table.lapses tbody th")).as("the units that reported late, by name").isNotEmpty()
                .allSatisfy(unit -> assertThat(unit).matches(".+ \\([\\d.]+\\)"));
        WebElement decisions = browser.find("#decisions").findElement(By.xpath(".."));
        new Actions(browser.driver()).scrollToElement(decisions).perform();
        decisions.sendKeys(Keys.ARROW_RIGHT, Keys.ARROW_RIGHT, Keys.ARROW_RIGHT);
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(d -> ((Number) browser.driver()
                .executeScript("return arguments[0].scrollLeft", decisions)).intValue() > 0);
        browser.screenshot("review-decisions-phone");

        browser.driver().executeScript("const dialog = document.getElementById('generating');"
                + "window.generatingShown = false;"
                + "new MutationObserver(() => { if (dialog.getAttribute('aria-hidden') === 'false'"
                + " && getComputedStyle(dialog).display !== 'none') { window.generatingShown = true; } })"
                + ".observe(dialog, {attributes: true});");
        browser.click("#review\\:pdf");
        byte[] pdf = browser.downloaded("pdf", Duration.ofSeconds(90));
        new WebDriverWait(browser.driver(), Duration.ofSeconds(30))
                .until(ExpectedConditions.invisibilityOfElementLocated(By.id("generating")));
        assertThat(browser.driver().executeScript("return window.generatingShown")).as("the progress dialog was shown"
                + " while the PDF was made").isEqualTo(true);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(document).replaceAll("\\s+", " "))
                    .as("the downloaded PDF carries what the officer wrote").contains("BÁO CÁO", TEXTS[2]);
        }

        browser.click("#review\\:reopen");
        browser.find("#reopening\\:reason").sendKeys("Bổ sung số liệu năm 2024 theo báo cáo của Hội nghị.");
        browser.click("#reopening\\:confirm");
        browser.waitForText("#review-state", "Dự thảo");
        assertThat(browser.find(LESSONS).getAttribute("readonly")).as("a draft again").isNull();
        assertThat(browser.consoleErrors()).as("no CSP violation or script error").isEmpty();
    }

    /** The text of each element, shown or scrolled out of its region. */
    private List<String> texts(String css) {
        return browser.driver().findElements(By.cssSelector(css)).stream()
                .map(e -> e.getAttribute("textContent").trim()).toList();
    }

    private static String section(int index) {
        return "#sections\\:list\\:" + index + "\\:text";
    }

    @Test
    void theDemoReviewsFourTargetsAreTrackedYearByYearOnAPhone() {
        String list = new WebClient(announced).withBasic("xem", TestAccounts.DEMO_PASSWORD)
                .getJson("api/reviews?size=100").body();
        long review = Json.createReader(new StringReader(list)).readObject().getJsonArray("items").stream()
                .map(JsonValue::asJsonObject).filter(r -> r.getString("unitCode").equals("22")
                        && r.getInt("from") == 2019 && r.getString("state").equals("APPROVED"))
                .mapToLong(r -> r.getJsonNumber("id").longValue()).min().orElseThrow();
        browser.logInAs(base, "tinh.canbo", "Nguyễn Thị Hồng");
        browser.resize(375, 812);
        browser.open(base + "review/tracking.xhtml?id=" + review);
        browser.waitForText("#tracking-term", "2024–2029");
        assertThat(browser.driver().findElements(By.cssSelector("#lines section"))).hasSize(4);
        assertThat(browser.text("#lines")).contains("Tỷ lệ khu dân cư xây dựng được mô hình", "Chưa có số liệu", "100%")
                .as("every target is measured").doesNotContain("Chưa có chỉ tiêu đo");
        browser.screenshot("review-tracking-phone");
        browser.driver().executeScript("document.querySelectorAll('#lines section')[1].scrollIntoView()");
        browser.screenshot("review-tracking-phone-years");
        browser.driver().executeScript("document.getElementById('targets').scrollIntoView()");
        browser.screenshot("review-tracking-phone-form");
        assertThat(browser.scrollWidth()).as("no sideways scrolling at 375 px").isLessThanOrEqualTo(375);
        assertThat(browser.consoleErrors()).as("no CSP violation or script error").isEmpty();
    }
}
