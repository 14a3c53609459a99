package vn.thidua.web.browser;

import static org.assertj.core.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven through its own chromedriver: the paths are given, so
 * Selenium Manager never runs and nothing is downloaded. A missing browser fails the test.
 */
final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("target", "artifacts", "screenshots");

    private final ChromeDriver driver;
    private final Path profile;
    private final Path downloads;
    private final String base;

    Browser(int port) throws IOException {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            fail("The browser tests need Debian's Chromium and its driver at " + CHROMIUM + " and " + CHROMEDRIVER
                    + ": install them with `apt-get install -y chromium chromium-driver` (.ci/run does this)");
        }
        this.base = "http://localhost:" + port;
        this.profile = Files.createTempDirectory("thidua-chromium-");
        this.downloads = Files.createDirectories(profile.resolve("downloads"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1366,900", "--lang=vi", "--user-data-dir=" + profile);
        // Files the pages offer as attachments land in the profile's own folder, without a prompt.
        options.setExperimentalOption("prefs", java.util.Map.of("download.default_directory", downloads.toString(),
                "download.prompt_for_download", false, "plugins.always_open_pdf_externally", true));
        this.driver = new ChromeDriver(service, options);
        driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(2));
    }

    void open(String path) {
        driver.get(base + path);
    }

    WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    java.util.List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    void type(String css, String text) {
        WebElement field = find(css);
        field.clear();
        field.sendKeys(text);
    }

    void click(String css) {
        find(css).click();
    }

    /**
     * Sets a field's value as the page's own script would: date and time fields take their ISO value
     * (2026-01-15, 08:00) whatever the browser's language shows them as, which typing would depend on.
     */
    void setValue(String css, String value) {
        driver.executeScript("arguments[0].value = arguments[1];", find(css), value);
    }

    /** Chooses the option of a select by its value. */
    void select(String css, String value) {
        new org.openqa.selenium.support.ui.Select(find(css)).selectByValue(value);
    }

    String path() {
        return driver.getCurrentUrl().substring(base.length());
    }

    /** The page's whole text, once the page has loaded. */
    String text() {
        return textOf("body");
    }

    /**
     * The text of the first element {@code css} selects, read once the page has loaded. Under load a
     * navigation can replace the document between finding an element and reading it; the read is then
     * tried again on the new document instead of failing on the old element.
     */
    String textOf(String css) {
        return settled(Duration.ofSeconds(30)).until(d -> find(css).getText());
    }

    /** The texts of every element {@code css} selects, read as one, again if the document was replaced meanwhile. */
    java.util.List<String> texts(String css) {
        return settled(Duration.ofSeconds(30)).until(d -> all(css).stream().map(WebElement::getText).toList());
    }

    void waitForPath(String regex, Duration timeout) {
        settled(timeout).until(d -> path().matches(regex) && loaded());
    }

    /** Waits until the page's text holds {@code fragment}: the page a click or a form submit leads to has loaded. */
    void waitForText(String fragment, Duration timeout) {
        settled(timeout).until(d -> loaded() && find("body").getText().contains(fragment));
    }

    /** Runs a script in the page and returns what it returns (a script reads what the page's own scripts built). */
    Object script(String script, Object... arguments) {
        return driver.executeScript(script, arguments);
    }

    private boolean loaded() {
        return "complete".equals(driver.executeScript("return document.readyState"));
    }

    /** A wait that reads again when the element read belonged to a document since replaced. */
    private WebDriverWait settled(Duration timeout) {
        WebDriverWait wait = new WebDriverWait(driver, timeout);
        wait.ignoring(StaleElementReferenceException.class);
        return wait;
    }

    /**
     * Clicks a link whose answer is an attachment and waits until the browser has saved it whole.
     *
     * @return the saved file (it lives in the browser's profile and goes when the browser closes)
     */
    Path download(String css, String fileNameEnding, Duration timeout) {
        java.util.Set<Path> before = savedFiles();
        find(css).click();
        Path[] saved = new Path[1];
        new WebDriverWait(driver, timeout).until(d -> {
            saved[0] = savedFiles().stream().filter(f -> !before.contains(f))
                    .filter(f -> f.getFileName().toString().endsWith(fileNameEnding)).findFirst().orElse(null);
            return saved[0] != null;
        });
        return saved[0];
    }

    private java.util.Set<Path> savedFiles() {
        try (var files = Files.list(downloads)) {
            return files.collect(java.util.stream.Collectors.toSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void login(String username, String password) {
        open("/login");
        type("#username", username);
        type("#password", password);
        click("main button[type=submit]");
        // The form's answer must arrive before the next page is opened, or that page meets no session yet.
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> !path().equals("/login"));
    }

    /** Signs out and waits for the sign-in page, so that the next page opened is not overtaken by the sign-out's answer. */
    void logout() {
        click("header form.inline button");
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> path().startsWith("/login"));
    }

    void screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            File shot = driver.getScreenshotAs(OutputType.FILE);
            Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
