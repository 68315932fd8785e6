package vn.thidua.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpResponse;
import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
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
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.thidua.commendation.deadline.DeadlineRound;

/**
 * A nomination from a commune to a certificate, in the browser, across the reform of 1 July 2025 that ended the
 * district level. With the application's clock in March 2025 (a test-only servlet of this deployment moves it), when
 * the commune 06652 of xa1.canbo sat in the district of Hạ Long (193): the commune's officer drafts and submits a Bằng
 * khen (granted by the province, voted on by its council, then published for comment); it goes to the district, whose
 * officer receives and appraises it and whose leader forwards it to the province. Back on today's clock, in the 2026
 * structure with no district: the province's officer receives and appraises it; its leader sends it to the council;
 * three of the five members agree; the leader publishes it; the comment period closes by itself at its deadline (the
 * lease-guarded job run as at that instant, by another test-only servlet); the leader signs the decision; the
 * certificate names the nominee in Vietnamese; the registry finds the award by the name typed without diacritics.
 * The clock is the whole server's, so it is put back after every test whatever happens.
 */
@ExtendWith(ArquillianExtension.class)
class NominationBrowserIT {

    private static final String PASSWORD = TestAccounts.DEMO_PASSWORD;
    /** A day before the reform, when the district of Hạ Long and its demo officer and leader were in office. */
    private static final LocalDate BEFORE_THE_REFORM = LocalDate.of(2025, 3, 17);

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
    void closeBrowserAndPutTheClockBack() {
        try {
            browser.close();
        } finally {
            TestClock.reset(announced);
        }
    }

    @Test
    void aCommuneNominationForwardedByTheDistrictIsVotedPublishedDecidedPrintedAndFoundInTheRegistry()
            throws IOException {
        String suffix = UUID.randomUUID().toString().replaceAll("[^a-f]", "").substring(0, 4);
        String name = "Vương Thị Thu Hường " + suffix;
        String typed = "vuong thi thu huong " + suffix;

        TestClock.set(announced, BEFORE_THE_REFORM);
        long id;
        try {
            id = upThroughTheDistrict(name, "vuong thi huong " + suffix);
        } finally {
            TestClock.reset(announced);
        }

        browser.logIn(base, "tinh.canbo", PASSWORD, "Nguyễn Thị Hồng");
        openFromTheList("vuong thu huong " + suffix, name);
        assertThat(browser.text("#dossier-state")).isEqualTo("Đã trình cấp trên");
        step("RECEIVE", "Đã tiếp nhận");
        refusedWithoutAReason();
        step("APPRAISE", "Đã thẩm định");
        browser.logOut();

        browser.logIn(base, "tinh.lanhdao", PASSWORD, "Trần Văn Minh");
        openDossier(id);
        assertThat(actions()).as("the table offers the province's leader these steps now")
                .contains("action-SEND_TO_COUNCIL", "action-RETURN", "action-REJECT")
                .doesNotContain("action-APPROVE", "action-DECIDE");
        assertThat(browser.text("#actions\\:waiting")).contains("Duyệt", "phải được Hội đồng Thi đua")
                .contains("bỏ phiếu trước");
        step("SEND_TO_COUNCIL", "Hội đồng đang bỏ phiếu");
        browser.logOut();

        browser.logIn(base, "tinh.canbo", PASSWORD, "Nguyễn Thị Hồng");
        String session = holdSession(name);
        browser.logOut();
        for (String[] member : new String[][] {{"hoidong1", "Lê Văn Hùng"}, {"hoidong2", "Phạm Thị Lan"},
                {"hoidong3", "Hoàng Văn Nam"}}) {
            browser.logIn(base, member[0], PASSWORD, member[1]);
            agree(session, name);
            browser.logOut();
        }
        browser.logIn(base, "tinh.canbo", PASSWORD, "Nguyễn Thị Hồng");
        browser.open(session);
        browser.replace("#close\\:minutes", "Hội đồng họp đủ 5 thành viên; 3 thành viên đồng ý.");
        browser.click("#close\\:save");
        browser.click(".ui-confirm-dialog .ui-confirmdialog-yes");
        browser.waitForText(".tally .result", "Đạt");
        assertThat(browser.text(".tally")).contains("60%");
        browser.logOut();

        browser.logIn(base, "tinh.lanhdao", PASSWORD, "Trần Văn Minh");
        openDossier(id);
        step("PUBLISH", "Đang lấy ý kiến công khai");
        assertThat(browser.text("#comment-until")).isNotBlank();
        assertThat(actions()).as("approving waits for the end of the comment period").doesNotContain("action-APPROVE");
        assertThat(browser.text("#actions\\:waiting")).contains("Chưa hết thời hạn lấy ý kiến");

        Instant until = Instant.parse(api("tinh.lanhdao").getString("commentUntil"));
        assertThat(runDeadlineRound(until.minusSeconds(60))).as("a minute early nothing closes")
                .doesNotContain(String.valueOf(id));
        assertThat(runDeadlineRound(until.plus(DeadlineRound.LEASE).plusSeconds(60)))
                .as("the next round after the deadline closes it").contains(String.valueOf(id));
        browser.click("#actions\\:reload");
        browser.waitForText("#dossier-state", "Đã duyệt");
        assertThat(browser.text("#history")).contains("Kết thúc lấy ý kiến", "system")
                .as("the district's steps, in March 2025").contains("Trình cấp trên", "(193)", "/03/2025");

        browser.click("#actions .action-DECIDE");
        browser.click(".ui-confirm-dialog .ui-confirmdialog-yes");
        browser.waitForText("#dossier-state", "Đã có quyết định khen thưởng");
        assertThat(browser.text("#decision-number")).matches("\\d+/QĐ-MTTQ");
        assertThat(actions()).isEmpty();
        browser.screenshot("nomination-decided");

        browser.navigate("nav-registry");
        browser.replace("#registry\\:q", typed);
        browser.click("#registry\\:find");
        String certificate = new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
                .ignoring(StaleElementReferenceException.class).until(d -> {
                    List<WebElement> rows = d.findElements(By.cssSelector("#registry\\:table_data tr"));
                    return rows.size() == 1 && rows.get(0).getText().contains(name)
                            ? rows.get(0).findElement(By.cssSelector("a[id$='certificate']")).getAttribute("href")
                            : null;
                });
        try (PDDocument pdf = Loader.loadPDF(download(certificate))) {
            String text = Normalizer.normalize(new PDFTextStripper().getText(pdf), Normalizer.Form.NFC);
            assertThat(text).contains(name);
        }
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    void aNewNomineeNamedLikeARecordOfTheCommuneIsShownThatRecordBeforeAnythingIsSaved() {
        browser.logIn(base, "xa1.canbo", PASSWORD, "Đỗ Thị Nga");
        browser.navigate("nav-nominations");
        browser.click("#new");
        browser.click("#draft\\:mode label[for='draft\\:mode\\:1']");
        browser.find("#draft\\:name").sendKeys("tran thi bich ngoc");
        browser.choose("#draft\\:awardType", "Bằng khen");
        browser.find("#draft\\:yearFrom").sendKeys("2025");
        browser.find("#draft\\:summary").sendKeys("Vận động quà Tết cho hộ nghèo.");
        browser.click("#draft\\:save");
        browser.waitForText("#draft\\:similar", "Trần Thị Bích Ngọc");
        assertThat(browser.driver().getCurrentUrl()).as("nothing saved yet").doesNotContain("id=");
        assertThat(browser.find("#draft\\:name").getAttribute("value")).isEqualTo("tran thi bich ngoc");
        assertThat(browser.driver().findElements(By.id("draft:createNew"))).hasSize(1);
    }

    @Test
    void theMenusOpenWithTheKeyboardAndTheNominationPagesFitAPhone() {
        browser.logIn(base, "xa1.canbo", PASSWORD, "Đỗ Thị Nga");
        browser.resize(375, 812);
        WebElement menu = browser.find("#nav-group-commendation > summary");
        assertThat(browser.driver().findElement(By.id("nav-nominations")).isDisplayed()).isFalse();
        menu.sendKeys(Keys.ENTER);
        browser.find("#nav-nominations").sendKeys(Keys.ENTER);
        browser.waitForText("h1", "Hồ sơ đề nghị khen thưởng");
        assertThat(browser.text("#search\\:table")).as("the commune's own dossiers only").contains("06652")
                .doesNotContain("06709");
        assertThat(browser.scrollWidth()).as("no sideways scrolling at 375 px").isLessThanOrEqualTo(375);
        search("tran thi bich", "Trần Thị Bích Ngọc");
        browser.click("#search\\:table a[id$='open']");
        browser.waitForText("#dossier-state", "Bản nháp");
        assertThat(actions()).contains("action-SUBMIT", "action-WITHDRAW");
        assertThat(browser.scrollWidth()).as("no sideways scrolling at 375 px").isLessThanOrEqualTo(375);
        assertThat(browser.find("#nav-inbox").isDisplayed()).isTrue();
        browser.screenshot("nomination-phone");
        assertThat(browser.consoleErrors()).isEmpty();
    }

    /**
     * In March 2025: the commune's officer drafts and submits the nomination, which goes to the district of Hạ Long;
     * the district's officer receives and appraises it; its leader forwards it to the province. Answers its id.
     */
    private long upThroughTheDistrict(String name, String typed) {
        browser.logIn(base, "xa1.canbo", PASSWORD, "Đỗ Thị Nga");
        long id = draftAndSubmit(name);
        assertThat(browser.text("#dossier-head")).as("sent to the commune's parent of the day").contains("(193)");
        browser.logOut();

        browser.logIn(base, "halong.canbo", PASSWORD, "Phạm Văn Đức");
        openFromTheList(typed, name);
        step("RECEIVE", "Đã tiếp nhận");
        step("APPRAISE", "Đã thẩm định");
        browser.logOut();

        browser.logIn(base, "halong.lanhdao", PASSWORD, "Vũ Thị Hạnh");
        openDossier(id);
        assertThat(actions()).as("below the granting level the district's leader forwards, the council is not hers")
                .contains("action-FORWARD", "action-RETURN", "action-REJECT")
                .doesNotContain("action-SEND_TO_COUNCIL", "action-APPROVE", "action-DECIDE");
        step("FORWARD", "Đã trình cấp trên");
        assertThat(browser.text("#dossier-head")).as("now held by the province").contains("(22)");
        assertThat(actions()).isEmpty();
        browser.logOut();
        return id;
    }

    /**
     * Drafts a nomination for a new person: a first save without the year is refused in Vietnamese and keeps
     * what was typed; the second saves the draft, which is then submitted. Answers the dossier's id.
     */
    private long draftAndSubmit(String name) {
        browser.navigate("nav-nominations");
        browser.click("#new");
        browser.click("#draft\\:mode label[for='draft\\:mode\\:1']");
        browser.find("#draft\\:name").sendKeys(name);
        browser.find("#draft\\:birthYear").sendKeys("1968");
        browser.find("#draft\\:jobTitle").sendKeys("Trưởng ban công tác Mặt trận khu phố 9");
        browser.choose("#draft\\:awardType", "Bằng khen");
        browser.find("#draft\\:summary").sendKeys("Vận động 200 suất quà Tết cho hộ nghèo; hòa giải thành 9 vụ việc.");
        browser.click("#draft\\:save");
        browser.waitForText("#draft\\:messages", "Hãy nhập năm (hoặc giai đoạn) của thành tích.");
        assertThat(browser.find("#draft\\:name").getAttribute("value")).isEqualTo(name);
        assertThat(browser.find("#draft\\:jobTitle").getAttribute("value")).endsWith("khu phố 9");
        assertThat(browser.text("#draft\\:awardType_label")).isEqualTo("Bằng khen");
        assertThat(browser.find("#draft\\:summary").getAttribute("value")).startsWith("Vận động 200 suất");

        browser.find("#draft\\:yearFrom").sendKeys("2024");
        browser.click("#draft\\:save");
        browser.waitForText("#dossier-state", "Bản nháp");
        assertThat(browser.text("#dossier-nominee")).isEqualTo(name);
        long id = Long.parseLong(browser.driver().getCurrentUrl().replaceAll(".*[?&]id=(\\d+).*", "$1"));
        assertThat(browser.driver().findElements(By.id("ineligible"))).isEmpty();
        step("SUBMIT", "Đã gửi");
        assertThat(actions()).containsExactly("action-WITHDRAW");
        return id;
    }

    /** Finds the dossier in the list by the nominee's name typed without diacritics and opens it. */
    private void openFromTheList(String typed, String name) {
        browser.navigate("nav-nominations");
        search(typed, name);
        browser.click("#search\\:table a[id$='open']");
        browser.waitForText("#dossier-nominee", name);
    }

    /** Searches the list by a name typed without diacritics and waits until it shows only that nominee. */
    private void search(String typed, String name) {
        browser.replace("#search\\:q", typed);
        browser.click("#search\\:find");
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(d -> {
            List<WebElement> rows = d.findElements(By.cssSelector("#search\\:table_data tr"));
            return rows.size() == 1 && rows.get(0).getText().contains(name);
        });
    }

    /** A return needs a reason: the dialog refuses an empty one and nothing changes. */
    private void refusedWithoutAReason() {
        browser.click("#actions .action-RETURN");
        browser.find("#reason\\:comment");
        browser.click("#reason\\:send");
        browser.waitForText("#reason\\:messages", "Hãy ghi rõ lý do.");
        browser.click("#reason\\:cancel");
        assertThat(browser.text("#dossier-state")).isEqualTo("Đã tiếp nhận");
    }

    /** Creates a session of the province's council with the dossier on its agenda; answers the session's address. */
    private String holdSession(String name) {
        browser.open(base + "council/index.xhtml?unit=22");
        browser.find("#create\\:title").sendKeys("Phiên xét Bằng khen " + name);
        browser.click("#create\\:save");
        browser.find("#add\\:candidate");
        browser.choose("#add\\:candidate", name + " · Bằng khen");
        browser.click("#add\\:save");
        browser.waitForText("#agenda", name);
        return browser.driver().getCurrentUrl();
    }

    private void agree(String session, String name) {
        browser.open(session);
        WebElement item = browser.driver().findElement(By.xpath(
                "//div[contains(@class,'agenda-item')][.//a[normalize-space()='" + name + "']]"));
        String itemId = item.getAttribute("id").replace(":", "\\:");
        browser.click("#" + itemId + " button[id$='agree']");
        browser.click(".ui-confirm-dialog .ui-confirmdialog-yes");
        browser.waitForText("#" + itemId, "Bạn đã bỏ phiếu cho hồ sơ này.");
    }

    private void openDossier(long id) {
        browser.open(base + "dossier/nomination.xhtml?id=" + id);
        browser.find("#dossier-state");
    }

    /** Takes a step offered on the dossier page and waits for the state it leads to. */
    private void step(String action, String state) {
        browser.click("#actions .action-" + action);
        browser.waitForText("#dossier-state", state);
        assertThat(browser.text("#actions\\:messages")).contains("Đã thực hiện");
    }

    /** The steps the page offers, as the classes of their buttons. */
    private List<String> actions() {
        return browser.driver().findElements(By.cssSelector("#actions\\:buttons button")).stream()
                .map(b -> b.getAttribute("class").replaceAll(".*(action-[A-Z_]+).*", "$1")).toList();
    }

    private JsonObject api(String user) {
        String url = browser.driver().getCurrentUrl();
        String id = url.replaceAll(".*[?&]id=(\\d+).*", "$1");
        HttpResponse<String> response = new WebClient(announced).withBasic(user, PASSWORD).get("api/nominations/" + id);
        assertThat(response.statusCode()).isEqualTo(200);
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    /** Runs the deadline job as at {@code at}; answers its outcome as JSON text. */
    private String runDeadlineRound(Instant at) {
        HttpResponse<String> response = new WebClient(announced).withBasic("admin", PASSWORD)
                .post("it/deadline-round", "at=" + at);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.body()).contains("\"ran\":true");
        return response.body();
    }

    /** Downloads a file with the browser's own session, as a click on the link would. */
    private byte[] download(String url) {
        String dataUrl = (String) browser.driver().executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "fetch(arguments[0]).then(r => r.blob()).then(b => { const f = new FileReader();"
                + " f.onload = () => done(f.result); f.readAsDataURL(b); })", url);
        assertThat(dataUrl.toLowerCase(Locale.ROOT)).startsWith("data:application/pdf");
        return Base64.getDecoder().decode(dataUrl.substring(dataUrl.indexOf(',') + 1));
    }
}
