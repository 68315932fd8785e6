package vn.thidua.it;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium and its driver (scripts/test installs them), nothing downloaded. Keeps screenshots
 * under target/screenshots for a person to look at; files the pages download land in a directory of their own.
 */
final class Browser implements AutoCloseable {

    private final ChromeDriver driver;
    private final WebDriverWait wait;
    private final Path screenshots;
    private final Path downloads;

    Browser() {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("thidua.chromium", "/usr/bin/chromium"));
        try {
            downloads = Files.createTempDirectory("chromium-downloads-").toAbsolutePath();
            options.setExperimentalOption("prefs", Map.of("download.default_directory", downloads.toString(),
                    "download.prompt_for_download", false, "plugins.always_open_pdf_externally", true));
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--disable-quic", "--no-first-run", "--lang=vi",
                    "--user-data-dir=" + Files.createTempDirectory("chromium-").toAbsolutePath());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getProperty("thidua.chromedriver", "/usr/bin/chromedriver")))
                .build();
        driver = new ChromeDriver(service, options);
        driver.executeCdpCommand("Browser.setDownloadBehavior", Map.of("behavior", "allow", "downloadPath",
                downloads.toString()));
        driver.manage().window().setSize(new Dimension(1280, 900));
        wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        screenshots = Path.of(System.getProperty("thidua.screenshots", "target/screenshots"));
    }

    ChromeDriver driver() {
        return driver;
    }

    void open(String url) {
        driver.get(url);
    }

    /** Logs in through the login page of the application at {@code base}. */
    void logIn(String base, String username, String password) {
        open(base + "login.xhtml");
        find("#login\\:username").sendKeys(username);
        find("#login\\:password input, input#login\\:password").sendKeys(password);
        find("#login\\:submit").click();
    }

    /** Logs in as a demo account and waits until the header shows its name. */
    void logIn(String base, String username, String password, String displayName) {
        logIn(base, username, password);
        waitForText("#user-name", displayName);
    }

    /** Logs in as a demo account (the demo password) and waits until the header greets the user by name. */
    void logInAs(String base, String username, String displayName) {
        logIn(base, username, TestAccounts.DEMO_PASSWORD, displayName);
    }

    /** Logs out from the header and waits for the page that says so. */
    void logOut() {
        click("#logout-form\\:logout");
        waitForText("#logged-out", "Bạn đã đăng xuất.");
    }

    /** "200 application/pdf": the status and type of a GET made by the page, with its login. */
    String fetchStatusAndType(String url) {
        return (String) driver.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "fetch(arguments[0]).then(r => done(r.status + ' ' + r.headers.get('content-type')))", url);
    }

    /**
     * The content of the file with this extension the page has downloaded, once Chromium has finished writing it
     * (while it writes, a partial file ends in .crdownload).
     */
    byte[] downloaded(String extension, Duration timeout) {
        Path file = new WebDriverWait(driver, timeout).until(d -> {
            try (Stream<Path> files = Files.list(downloads)) {
                List<Path> all = files.toList();
                return all.stream().noneMatch(f -> f.toString().endsWith(".crdownload")) ? all.stream()
                        .filter(f -> f.toString().endsWith("." + extension)).findFirst().orElse(null) : null;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Types {@code text} into a field in place of what it holds. */
    void replace(String css, String text) {
        WebElement field = find(css);
        field.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        field.sendKeys(text);
    }

    /**
     * Picks an item of a PrimeFaces select menu once its panel has finished opening; the item is clicked where it
     * is, since scrolling the page closes the panel.
     */
    void choose(String menu, String label) {
        click(menu);
        wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector(menu + "_panel.ui-connected-overlay-enter-done")));
        WebElement item = find(menu + "_items li[data-label='" + label + "']");
        wait.until(ExpectedConditions.elementToBeClickable(item)).click();
        waitForText(menu + "_label", label);
    }

    WebElement find(String css) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
    }

    /** Clicks an element after scrolling it to the middle of the window (dialogs can be taller than the window). */
    void click(String css) {
        WebElement element = find(css);
        driver.executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        wait.until(ExpectedConditions.elementToBeClickable(element)).click();
    }

    /**
     * Follows a link of the header's navigation by its id, opening its menu first as a person would (a menu is a
     * {@code <details>} that a click on its summary opens).
     */
    void navigate(String linkId) {
        WebElement link = driver.findElement(By.id(linkId));
        if (!link.isDisplayed()) {
            driver.findElement(By.xpath("//details[.//*[@id='" + linkId + "']]/summary")).click();
        }
        wait.until(ExpectedConditions.elementToBeClickable(link)).click();
    }

    String text(String css) {
        return find(css).getText();
    }

    /** Waits until the page has no PrimeFaces request under way (its answers re-render parts of the page). */
    void waitForAjax() {
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> Boolean.TRUE.equals(driver.executeScript(
                "return !window.PrimeFaces || (PrimeFaces.ajax.Queue.isEmpty()"
                        + " && (!window.jQuery || jQuery.active === 0));")));
    }

    void waitForText(String css, String text) {
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(css), text));
    }

    void resize(int width, int height) {
        driver.manage().window().setSize(new Dimension(width, height));
    }

    long scrollWidth() {
        return (Long) driver.executeScript("return document.documentElement.scrollWidth");
    }

    /** Messages the browser logged as errors (CSP violations, script errors). */
    List<String> consoleErrors() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage).toList();
    }

    Path screenshot(String name) {
        try {
            Files.createDirectories(screenshots);
            Path file = screenshots.resolve(name + ".png");
            Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
