package cn.qinglian.portal.e2e;

import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.SearchContext;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * A headless Chromium driving the portal like a user: sign in through the Vaadin login form, read
 * the side navigation and the header, take screenshots. One per test class.
 */
final class BrowserSession implements AutoCloseable {

    private static final String CHROMIUM = "/usr/bin/chromium";
    private static final String CHROMEDRIVER = "/usr/bin/chromedriver";
    /** The first page of a JVM starts Vaadin's dev server, which takes a while. */
    private static final Duration FIRST_LOAD = Duration.ofSeconds(60);
    private static final Duration STEP = Duration.ofSeconds(20);
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private static final By LOGIN_FORM = By.tagName("vaadin-login-form");
    private static final By USERNAME = By.cssSelector("input[name='username']");
    private static final By PASSWORD = By.cssSelector("input[name='password']");
    private static final By NAV_ITEM = By.tagName("vaadin-side-nav-item");

    /** True once Flow has bootstrapped and no server round trip is pending. */
    private static final String VAADIN_IDLE = """
            const clients = Object.values(window.Vaadin?.Flow?.clients || {});
            return clients.length > 0 && clients.every(c => !c.isActive());""";

    private final ChromeDriver driver;
    private final Path profile;
    private final String baseUrl;
    private boolean warm;

    BrowserSession(int port) {
        this.baseUrl = "http://localhost:" + port;
        try {
            this.profile = Files.createTempDirectory("portal-e2e-chromium");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // an explicit driver path keeps Selenium Manager from downloading anything
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort().build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=1280,900", "--lang=zh-CN", "--user-data-dir=" + profile);
        this.driver = new ChromeDriver(service, options);
    }

    WebDriverWait waiting() {
        return new WebDriverWait(driver, warm ? STEP : FIRST_LOAD);
    }

    /** Opens a path of the portal, e.g. {@code "/admin/users"}, and waits for Vaadin to render it. */
    void open(String path) {
        driver.get(baseUrl + path);
        waiting().withMessage(() -> "Vaadin did not start on " + path + "; the browser shows: " + bodyText())
                .until(d -> Boolean.TRUE.equals(driver.executeScript(VAADIN_IDLE)));
        warm = true;
    }

    private String bodyText() {
        return String.valueOf(driver.executeScript("return document.body ? document.body.innerText : ''"))
                .replaceAll("\\s+", " ").strip();
    }

    String currentPath() {
        return driver.getCurrentUrl().substring(baseUrl.length());
    }

    /** Opens the login page, fills the form and submits it; does not wait for the outcome. */
    void submitLogin(String username, String password) {
        open("/login");
        WebElement form = waiting().until(ExpectedConditions.visibilityOfElementLocated(LOGIN_FORM));
        WebElement user = waiting().until(ExpectedConditions.elementToBeClickable(USERNAME));
        user.clear();
        user.sendKeys(username);
        WebElement pass = driver.findElement(PASSWORD);
        pass.clear();
        pass.sendKeys(password, Keys.ENTER);
        // the form posts natively: the old page goes away, then the next one renders
        waiting().until(ExpectedConditions.stalenessOf(form));
        waitForVaadin();
    }

    /** Signs in and waits for the application shell with its side navigation. */
    void signIn(String username, String password) {
        submitLogin(username, password);
        waiting().withMessage(() -> "no side navigation after signing in as " + username + ", at " + currentPath())
                .until(ExpectedConditions.presenceOfElementLocated(NAV_ITEM));
        waitForVaadin();
    }

    /** Signs out through the header's 退出 button and waits for the login page. */
    void signOut() {
        driver.findElement(By.xpath("//vaadin-button[normalize-space(.)='退出']")).click();
        waiting().until(ExpectedConditions.visibilityOfElementLocated(LOGIN_FORM));
    }

    /** A fresh cookie jar: no session, no remembered sign-in. */
    void forgetSession() {
        driver.manage().deleteAllCookies();
    }

    /** The error the login form shows after a failed attempt. */
    record LoginError(String title, String message) {
    }

    /**
     * Reads the error box of the login form, which Vaadin renders in the shadow DOM of
     * {@code vaadin-login-form-wrapper} inside {@code vaadin-login-form}.
     */
    LoginError loginError() {
        WebElement form = waiting().until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("vaadin-login-form[error]")));
        SearchContext wrapper = form.getShadowRoot().findElement(By.cssSelector("vaadin-login-form-wrapper"))
                .getShadowRoot();
        return new LoginError(wrapper.findElement(By.cssSelector("[part='error-message-title']")).getText().strip(),
                wrapper.findElement(By.cssSelector("[part='error-message-description']")).getText().strip());
    }

    boolean onLoginPage() {
        return !driver.findElements(LOGIN_FORM).isEmpty();
    }

    /** The titles of the side navigation items, in order. */
    List<String> navItems() {
        waiting().until(ExpectedConditions.presenceOfElementLocated(NAV_ITEM));
        return driver.findElements(NAV_ITEM).stream()
                .map(item -> item.getDomProperty("textContent").strip())
                .toList();
    }

    /** The signed-in user's display name in the header. */
    String userName() {
        return text(By.cssSelector(".user-box .user-name"));
    }

    /** The heading of the error view (access denied, not found). */
    String errorHeading() {
        return text(By.cssSelector(".error-view h2"));
    }

    /** The visible text of the first element found, once it is visible. */
    String text(By locator) {
        return waiting().until(ExpectedConditions.visibilityOfElementLocated(locator)).getText().strip();
    }

    String title() {
        return driver.getTitle();
    }

    /** Waits until Vaadin has no server round trip pending. */
    void waitForVaadin() {
        waiting().until(d -> Boolean.TRUE.equals(driver.executeScript(VAADIN_IDLE)));
    }

    /** A Vaadin button by its exact text. */
    static By button(String text) {
        return By.xpath("//vaadin-button[normalize-space(.)='" + text + "']");
    }

    /** Clicks an element once it can be clicked, and waits for the server round trip. */
    void click(By locator) {
        waiting().withMessage(() -> "cannot click " + locator + "; the browser shows: " + bodyText())
                .until(ExpectedConditions.elementToBeClickable(locator)).click();
        waitForVaadin();
    }

    /** Types into a field (e.g. the input of a text field or combo box) and commits it with Enter. */
    void type(By input, String text) {
        WebElement field = waiting().until(ExpectedConditions.elementToBeClickable(input));
        field.clear();
        field.sendKeys(text, Keys.ENTER);
        waitForVaadin();
    }

    /**
     * Picks an option of the combo box with the given label: types the option to filter the list,
     * then clicks the item, which the component keeps in its light DOM.
     */
    void choose(String label, String option) {
        String box = "//vaadin-combo-box[label[normalize-space(.)='" + label + "']]";
        WebElement input = waiting().until(ExpectedConditions.elementToBeClickable(By.xpath(box + "//input")));
        input.sendKeys(option);
        waiting().until(ExpectedConditions.elementToBeClickable(
                By.xpath(box + "//vaadin-combo-box-item[normalize-space(.)='" + option + "']"))).click();
        WebElement comboBox = driver.findElement(By.xpath(box));
        waiting().withMessage(() -> "combo box " + label + " did not take " + option)
                .until(d -> comboBox.getDomAttribute("opened") == null && comboBox.getDomAttribute("has-value") != null);
        waitForVaadin();
    }

    /**
     * Chooses a file in the last {@code vaadin-upload} on the page, i.e. the one of the topmost dialog;
     * the upload starts at once. The component keeps its {@code <input type="file" hidden>} in its
     * shadow root; WebDriver lets keys be sent to a hidden file input (strictFileInteractability is
     * off by default), and the keys are the file's absolute path.
     */
    WebElement chooseFile(Path file) {
        List<WebElement> uploads = waiting().until(ExpectedConditions.presenceOfAllElementsLocatedBy(
                By.tagName("vaadin-upload")));
        WebElement upload = uploads.getLast();
        upload.getShadowRoot().findElement(By.cssSelector("input[type='file']"))
                .sendKeys(file.toAbsolutePath().toString());
        return upload;
    }

    /** Chooses a file and waits until the upload lists it as complete (accepted by the server). */
    void upload(Path file) {
        WebElement upload = chooseFile(file);
        waiting().withMessage(() -> "upload of " + file.getFileName() + " did not complete; the browser shows: " + bodyText())
                .until(d -> !upload.findElements(By.cssSelector("vaadin-upload-file[complete]")).isEmpty());
        waitForVaadin();
    }

    /** Lets the browser save downloads into a directory of the test (instead of ~/Downloads). */
    void downloadInto(Path dir) {
        driver.executeCdpCommand("Browser.setDownloadBehavior",
                Map.of("behavior", "allow", "downloadPath", dir.toAbsolutePath().toString()));
    }

    /** Waits until the browser has saved a download under that name (Chrome renames it from *.crdownload when done). */
    Path downloaded(Path file) {
        waiting().withMessage(() -> "no download " + file + "; the browser shows: " + bodyText())
                .until(d -> Files.isRegularFile(file));
        return file;
    }

    /** An attribute of the first element found (e.g. {@code data-count} of the navigation's counts). */
    String attribute(By locator, String name) {
        return waiting().until(ExpectedConditions.presenceOfElementLocated(locator)).getDomAttribute(name);
    }

    /** The absolute URL of the first link found, e.g. a download link. */
    String href(By link) {
        return waiting().until(ExpectedConditions.presenceOfElementLocated(link)).getDomProperty("href");
    }

    /** The value of a cookie of the portal, e.g. {@code JSESSIONID}, to fetch what the browser may fetch. */
    String cookie(String name) {
        var cookie = driver.manage().getCookieNamed(name);
        return cookie == null ? null : cookie.getValue();
    }

    /** Every element the locator finds now (possibly none), without waiting. */
    List<WebElement> elements(By locator) {
        return driver.findElements(locator);
    }

    /** Scrolls the first element the locator finds to the top of the window (for screenshots further down). */
    void scrollTo(By locator) {
        WebElement element = waiting().until(ExpectedConditions.presenceOfElementLocated(locator));
        driver.executeScript("arguments[0].scrollIntoView({block: 'start'})", element);
    }

    /** Resizes the browser window, e.g. to 390 × 844 for a phone or 1024 × 1366 for a tablet. */
    void windowSize(int width, int height) {
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(width, height));
    }

    /** Saves a PNG of the viewport under target/screenshots/. */
    Path screenshot(String name) {
        // Vaadin's loading bar fades out after the round trip; keep it out of the picture
        waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".v-loading-indicator")));
        try {
            Files.createDirectories(SCREENSHOTS);
            Path target = SCREENSHOTS.resolve(name + ".png");
            Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), target, StandardCopyOption.REPLACE_EXISTING);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Saves the page source next to the screenshots, for a failed test. */
    Path pageSource(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            return Files.writeString(SCREENSHOTS.resolve(name + ".html"), driver.getPageSource());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a leftover temp profile is harmless
        }
    }
}
