package vn.thidua.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
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
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** An administrator at work in the browser: restructuring units, and creating a user with a role at a unit. */
@ExtendWith(ArquillianExtension.class)
class AdminBrowserIT {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

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
        browser.logIn(base, "admin", TestAccounts.DEMO_PASSWORD);
        browser.waitForText("#user-name", "Quản trị hệ thống");
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    /** Ticks a unit in the event's list, once the form is settled; opens the list again if a click missed. */
    private void choose(String code) {
        browser.waitForAjax(); // an answer still on its way would re-render the form, closing the list
        By panelFilter = By.cssSelector("#event\\:codes_panel input[type='text']");
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).pollingEvery(Duration.ofSeconds(2)).until(d -> {
            if (d.findElements(panelFilter).stream().noneMatch(WebElement::isDisplayed)) {
                d.findElement(By.cssSelector("#event\\:codes")).click();
            }
            return d.findElements(panelFilter).stream().anyMatch(WebElement::isDisplayed);
        });
        WebElement filter = browser.find("#event\\:codes_panel input[type='text']");
        filter.clear();
        filter.sendKeys(code);
        browser.find("#event\\:codes_panel li.ui-selectcheckboxmenu-item[data-item-value='" + code + "'] "
                + ".ui-chkbox-box").click();
        filter.sendKeys(Keys.ESCAPE);
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
                .until(ExpectedConditions.invisibilityOfElementLocated(panelFilter)); // closed, not closing
    }

    private void showTreeOn(LocalDate date) {
        WebElement asOf = browser.find("#units\\:asOf_input");
        asOf.sendKeys(Keys.chord(Keys.CONTROL, "a"), DAY.format(date), Keys.TAB);
        assertThat(asOf.getAttribute("value")).isEqualTo(DAY.format(date));
        browser.find("#units\\:show").click();
    }

    @Test
    void anAdministratorMergesTwoCommunesAndTheTreeOfTheNextDayShowsTheNewUnit() {
        browser.navigate("nav-units");
        browser.waitForText("#units\\:tree", "Xã Thống Nhất");
        browser.find("#units\\:openEvent").click();
        browser.find("#event\\:date_input");
        LocalDate tomorrow = LocalDate.parse(browser.find("#event\\:date_input").getAttribute("value"), DAY);
        assertThat(tomorrow).as("by default").isEqualTo(LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).plusDays(1));
        // In 2031, after every period the other tests of this server report in.
        LocalDate effective = LocalDate.of(2031, 1, 1);
        WebElement date = browser.find("#event\\:date_input");
        date.sendKeys(Keys.chord(Keys.CONTROL, "a"), DAY.format(effective), Keys.TAB);
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(ExpectedConditions.stalenessOf(date));

        choose("07054");
        choose("07060");
        browser.find("#event\\:newCode").sendKeys("99901");
        browser.find("#event\\:newType").sendKeys("Phường");
        browser.find("#event\\:newName").sendKeys("Xã Quảng La – Thống Nhất");
        browser.find("#event\\:basis").sendKeys("Nghị quyết thử nghiệm 01/NQ");
        browser.click("#event\\:preview-button");
        browser.waitForText("#preview-ending", "Xã Thống Nhất (07060)");
        assertThat(browser.text("#preview-ending")).contains("Xã Quảng La (07054)");
        assertThat(browser.text("#preview-continuing")).contains("Xã Quảng La – Thống Nhất (99901)");
        browser.screenshot("units-merge-preview");

        browser.click("#event\\:save");
        browser.waitForText("#units\\:messages", "Đã hợp nhất");
        showTreeOn(effective.plusDays(1));
        browser.waitForText("#units\\:tree", "Xã Quảng La – Thống Nhất");
        assertThat(browser.text("#units\\:tree")).doesNotContain("Xã Thống Nhất\n").contains("99901");
        assertThat(browser.driver().findElements(By.xpath("//td[normalize-space()='07060']"))).isEmpty();
        browser.screenshot("units-after-merge");

        showTreeOn(effective.minusDays(1));
        browser.waitForText("#units\\:tree", "Xã Thống Nhất");
        assertThat(browser.text("#units\\:tree")).doesNotContain("99901");
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    void anAdministratorCreatesAUserAndGivesThemARoleAtAUnitFoundWithoutDiacritics() {
        browser.navigate("nav-users");
        browser.find("#users\\:openCreate").click();
        browser.find("#create\\:username").sendKeys("xa5.canbo");
        browser.find("#create\\:displayName").sendKeys("Trịnh Văn Năm");
        browser.find("#create\\:save").click();
        String temporary = browser.text("#temporary-password");
        assertThat(temporary).hasSizeGreaterThanOrEqualTo(10);
        browser.find("#create\\:assign").click();

        browser.waitForText("h2", "xa5.canbo");
        browser.find("#roles\\:unit_input").sendKeys("ha tu");
        browser.find("#roles\\:unit_panel li[data-item-label='Phường Hà Tu (06652)']").click();
        browser.find("#roles\\:grant").click();
        browser.waitForText("#roles\\:table", "Phường Hà Tu (06652)");
        assertThat(browser.text("#roles\\:table")).contains("Cán bộ chuyên trách");
        browser.screenshot("user-roles");
        assertThat(browser.consoleErrors()).isEmpty();

        browser.find("#logout-form\\:logout").click();
        browser.waitForText("#logged-out", "Bạn đã đăng xuất.");
        browser.logIn(base, "xa5.canbo", temporary);
        browser.waitForText("#required", "Vui lòng đặt mật khẩu mới");
        assertThat(browser.text("#user-unit")).contains("Phường Hà Tu");
    }
}
