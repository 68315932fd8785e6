package vn.thidua.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URL;
import java.time.Duration;
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
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A term review in the browser: the province's officer generates the 2019–2024 review, writes its lessons; its
 * leader approves it, after which the narrative is read-only, and downloads the PDF with the progress dialog shown
 * while it is made; the page reads on a 375 px phone, and so does the tracking of the demo review's targets.
 */
@ExtendWith(ArquillianExtension.class)
class ReviewBrowserIT {

    private static final String LESSONS = "#sections\\:list\\:2\\:text";

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
    void anOfficerGeneratesAndWritesAReviewItsLeaderApprovesItAndDownloadsThePdf() {
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

        browser.find(LESSONS).sendKeys("Huy động nguồn lực xã hội hóa thay cho ngân sách.");
        browser.click("#sections\\:list\\:2\\:save");
        browser.waitForText("#review\\:messages", "Đã lưu phần");
        browser.open(base + "review/review.xhtml?id=" + review);
        assertThat(browser.find(LESSONS).getAttribute("value")).isEqualTo("Huy động nguồn lực xã hội hóa thay cho ngân sách.");
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

        browser.click("#review\\:pdf");
        new WebDriverWait(browser.driver(), Duration.ofSeconds(60))
                .until(ExpectedConditions.invisibilityOfElementLocated(By.id("generating")));
        assertThat(browser.fetchStatusAndType(base + "api/reviews/" + review + "/pdf"))
                .as("the PDF, with the page's login").startsWith("200 application/pdf");
        assertThat(browser.consoleErrors()).as("no CSP violation or script error").isEmpty();
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
