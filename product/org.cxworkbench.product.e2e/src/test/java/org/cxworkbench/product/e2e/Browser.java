package org.cxworkbench.product.e2e;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.stream.Stream;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One user's headless Chromium (Debian's {@code /usr/bin/chromium} through Debian's {@code /usr/bin/chromedriver},
 * both named explicitly so Selenium Manager never looks for, let alone downloads, a browser or driver), with
 * the helpers the tests use: open a route of the workbench, wait for a page, fill and click by id, take a
 * screenshot of every page visited into {@code target/screenshots}, collect the browser console.
 */
final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of(System.getProperty("cxw.e2e.chromium", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(System.getProperty("cxw.e2e.chromedriver", "/usr/bin/chromedriver"));
    static final Path SCREENSHOTS = Path.of(System.getProperty("cxw.e2e.screenshots", "target/screenshots"))
            .toAbsolutePath();
    static final Duration WAIT = Duration.ofSeconds(30);

    private static final AtomicInteger SHOTS = new AtomicInteger();

    private final String name;
    private final URI base;
    private final ChromeDriver driver;
    private final Path downloads;
    private final List<String> console = new ArrayList<>();

    /**
     * Checks that Chromium and its driver are installed: CI installs them (releng/ci/services.sh), so there a
     * missing browser fails the tests; elsewhere the end-to-end tests are skipped, visibly.
     */
    static void requireChromium() {
        boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!present && "true".equals(System.getenv("CI"))) {
            throw new AssertionError("CI must run the end-to-end tests, but " + CHROMIUM + " or " + CHROMEDRIVER
                    + " is missing (Debian packages chromium and chromium-driver; releng/ci/services.sh installs them)");
        }
        assumeTrue(present, "end-to-end tests skipped: " + CHROMIUM + " or " + CHROMEDRIVER
                + " is missing (apt-get install chromium chromium-driver)");
    }

    Browser(String name, URI base) throws IOException {
        requireChromium();
        this.name = name;
        this.base = base;
        this.downloads = Files.createTempDirectory("cxw-e2e-downloads-" + name + "-");
        Files.createDirectories(ProductServer.LOGS);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .withLogFile(ProductServer.LOGS.resolve("chromedriver-" + name + ".log").toFile())
                .build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--window-size=1366,900",
                "--disable-dev-shm-usage", "--no-first-run", "--no-default-browser-check", "--lang=en-GB");
        Map<String, Object> prefs = new HashMap<>();
        prefs.put("download.default_directory", downloads.toString());
        prefs.put("download.prompt_for_download", false);
        prefs.put("download.directory_upgrade", true);
        prefs.put("safebrowsing.enabled", false);
        options.setExperimentalOption("prefs", prefs);
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        this.driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(WAIT);
    }

    WebDriver driver() {
        return driver;
    }

    /** The folder downloads go to. */
    Path downloads() {
        return downloads;
    }

    /** Opens a route of the workbench ({@code #/s/acme}) and waits until its page has rendered. */
    Browser open(String hash) {
        driver.get(base.resolve("/ui/index.html") + hash);
        return awaitPage();
    }

    /** Waits until the page in {@code main} has rendered: no "Loading" placeholder left, some content. */
    Browser awaitPage() {
        until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "const m = document.getElementById('main');"
                        + "return document.readyState === 'complete' && !!m && m.children.length > 0"
                        + " && !m.querySelector('.loading');")), "the page to render");
        return this;
    }

    /** The route shown, e.g. {@code #/s/acme}. */
    String hash() {
        return String.valueOf(((JavascriptExecutor) driver).executeScript("return window.location.hash;"));
    }

    /** Waits until {@code condition} holds. */
    <T> T until(Function<WebDriver, T> condition, String what) {
        try {
            return new WebDriverWait(driver, WAIT, Duration.ofMillis(100)).until(condition);
        } catch (TimeoutException e) {
            screenshot("timeout");
            throw new AssertionError(name + ": waited " + WAIT.toSeconds() + " s for " + what + " on " + hash()
                    + "; the page shows:\n" + text(By.tagName("body")) + "\nconsole: " + console(), e);
        }
    }

    /** The element, once it is visible. */
    WebElement visible(By by) {
        return until(ExpectedConditions.visibilityOfElementLocated(by), "a visible " + by);
    }

    /** The element, once it can be clicked. */
    WebElement clickable(By by) {
        return until(ExpectedConditions.elementToBeClickable(by), "a clickable " + by);
    }

    boolean present(By by) {
        return !driver.findElements(by).isEmpty();
    }

    /** Replaces the text of an input or text area. */
    Browser fill(By by, String text) {
        WebElement field = visible(by);
        field.clear();
        if (!field.getAttribute("value").isEmpty()) {
            field.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        }
        field.sendKeys(text);
        return this;
    }

    /** Chooses the option of a select by its value, or else by its visible text. */
    Browser select(By by, String value) {
        Select select = new Select(visible(by));
        boolean byValue = select.getOptions().stream().anyMatch(o -> value.equals(o.getAttribute("value")));
        if (byValue) {
            select.selectByValue(value);
        } else {
            select.selectByVisibleText(value);
        }
        return this;
    }

    Browser click(By by) {
        WebElement element = clickable(by);
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        element.click();
        return this;
    }

    /** The visible text of an element ("" if there is none). */
    String text(By by) {
        List<WebElement> found = driver.findElements(by);
        return found.isEmpty() ? "" : found.get(0).getText();
    }

    /** Waits until the element's text contains {@code expected}; returns the text. */
    String awaitText(By by, String expected) {
        until(ExpectedConditions.textToBePresentInElementLocated(by, expected), "'" + expected + "' in " + by);
        return text(by);
    }

    /** Saves a screenshot as {@code target/screenshots/NN-BROWSER-NAME.png}; returns the file. */
    Path screenshot(String page) {
        try {
            Files.createDirectories(SCREENSHOTS);
            String file = String.format(Locale.ROOT, "%02d-%s-%s.png", SHOTS.incrementAndGet(), name,
                    page.replaceAll("[^A-Za-z0-9._-]+", "-"));
            Path target = SCREENSHOTS.resolve(file);
            Files.write(target, fullPage());
            return target;
        } catch (IOException | RuntimeException e) {
            throw new AssertionError("screenshot " + page + " failed: " + e, e);
        }
    }

    /**
     * The whole page as PNG (up to 8000 px high), through the DevTools command Chromium's driver passes on;
     * the visible part only if that fails.
     */
    private byte[] fullPage() {
        try {
            Object size = script("return [document.documentElement.scrollWidth, document.documentElement.scrollHeight];");
            List<?> wh = (List<?>) size;
            long width = ((Number) wh.get(0)).longValue();
            long height = Math.min(8000, ((Number) wh.get(1)).longValue());
            Map<String, Object> clip = Map.of("x", 0, "y", 0, "width", width, "height", height, "scale", 1);
            Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot",
                    Map.of("format", "png", "captureBeyondViewport", true, "clip", clip));
            return java.util.Base64.getDecoder().decode(String.valueOf(shot.get("data")));
        } catch (RuntimeException e) {
            return ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
        }
    }

    /** What the browser console printed since the last call (errors, CSP violations, failed requests). */
    List<String> console() {
        try {
            for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
                console.add(entry.getLevel() + " " + entry.getMessage());
            }
        } catch (RuntimeException e) {
            console.add("(console not available: " + e.getMessage() + ")");
        }
        List<String> copy = List.copyOf(console);
        console.clear();
        return copy;
    }

    /** Fails if a script failed or the Content-Security-Policy blocked something since the last check. */
    void assertNoScriptErrors() {
        List<String> problems = console().stream()
                .filter(line -> line.contains("Uncaught") || line.contains("Content Security Policy")
                        || line.contains("Refused to") || line.contains("SyntaxError") || line.contains("TypeError"))
                .toList();
        if (!problems.isEmpty()) {
            throw new AssertionError(name + ": script errors on " + hash() + ": " + problems);
        }
    }

    /** Waits until a download with a name ending in {@code suffix} is complete; returns the file. */
    Path awaitDownload(String suffix) {
        return until(d -> {
            try (Stream<Path> files = Files.list(downloads)) {
                return files.filter(f -> f.getFileName().toString().endsWith(suffix))
                        .filter(f -> !Files.exists(f.resolveSibling(f.getFileName() + ".crdownload")))
                        .filter(f -> {
                            try {
                                return Files.size(f) > 0;
                            } catch (IOException e) {
                                return false;
                            }
                        }).findFirst().orElse(null);
            } catch (IOException e) {
                return null;
            }
        }, "a downloaded *" + suffix + " in " + downloads);
    }

    /** Runs a script in the page. */
    Object script(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    static By id(String id) {
        return By.id(id);
    }

    static By testId(String id) {
        return By.cssSelector("[data-testid='" + id + "']");
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            try (Stream<Path> files = Files.walk(downloads)) {
                files.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            } catch (IOException ignored) {
                // a temporary folder
            }
        }
    }
}
