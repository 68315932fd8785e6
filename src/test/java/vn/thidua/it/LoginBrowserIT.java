package vn.thidua.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.Keys;

/** A person logs in, reads who they are, switches language, and logs out, in headless Chromium. */
@ExtendWith(ArquillianExtension.class)
class LoginBrowserIT {

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
    void anOfficerSeesTheirNameAndUnitSwitchesLanguageAndLogsOut() {
        browser.logIn(base, "tinh.canbo", TestAccounts.DEMO_PASSWORD);
        browser.waitForText("#user-name", "Nguyễn Thị Hồng");
        assertThat(browser.text("#user-unit")).contains("Cán bộ chuyên trách").contains("Tỉnh Quảng Ninh");
        assertThat(browser.text("#logout-form\\:logout")).isEqualTo("Đăng xuất");
        browser.screenshot("home-vi");

        browser.find("#language\\:en").click();
        browser.waitForText("#logout-form\\:logout", "Log out");
        assertThat(browser.text("#user-unit")).contains("Officer").contains("Tỉnh Quảng Ninh");
        assertThat(browser.text("h1")).isEqualTo("Home");
        browser.screenshot("home-en");

        browser.find("#language\\:vi").click();
        browser.waitForText("#logout-form\\:logout", "Đăng xuất");
        assertThat(browser.text("h1")).isEqualTo("Trang chủ");

        browser.find("#logout-form\\:logout").click();
        browser.waitForText("#logged-out", "Bạn đã đăng xuất.");
        browser.open(base + "index.xhtml");
        assertThat(browser.driver().getCurrentUrl()).contains("/login.xhtml");
        assertThat(browser.consoleErrors()).as("no CSP violation or script error").isEmpty();
    }

    @Test
    void theLoginWorksWithTheKeyboardAloneOnAPhone() {
        browser.resize(375, 812);
        browser.open(base + "login.xhtml");
        browser.find("#login\\:username").click();
        browser.driver().switchTo().activeElement().sendKeys("tinh.lanhdao", Keys.TAB);
        browser.driver().switchTo().activeElement().sendKeys("thidua-demo-2024", Keys.ENTER);
        browser.waitForText("#user-name", "Trần Văn Minh");
        assertThat(browser.text("#user-unit")).contains("Lãnh đạo");
        assertThat(browser.scrollWidth()).as("no sideways scrolling at 375 px").isLessThanOrEqualTo(375);
        browser.screenshot("home-phone");
    }

    @Test
    void theLoginPageNamesTheDemoAccountsAndSaysWhatWentWrong() {
        browser.resize(375, 812);
        browser.open(base + "login.xhtml");
        assertThat(browser.text("#demo")).contains("thidua-demo-2024").contains("admin");
        browser.find("#login\\:username").sendKeys("tinh.canbo");
        browser.find("#login\\:password input, input#login\\:password").sendKeys("sai-mat-khau");
        browser.find("#login\\:submit").click();
        browser.waitForText("#login\\:messages", "Tên đăng nhập hoặc mật khẩu không đúng.");
        assertThat(browser.find("#login\\:username").getAttribute("value")).isEqualTo("tinh.canbo");
        assertThat(browser.scrollWidth()).isLessThanOrEqualTo(375);
        browser.screenshot("login-phone");
    }
}
