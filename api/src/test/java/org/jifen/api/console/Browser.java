package org.jifen.api.console;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian Chromium driven by Selenium through {@code /usr/bin/chromedriver} (nothing is
 * downloaded), in a fresh profile, at 1366×768. Screenshots go to {@code target/console-screenshots/}.
 */
final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path SCREENSHOTS = Path.of("target", "console-screenshots");

    final WebDriver driver;
    private final String base;
    private final Path profile;
    private final Path downloads;

    /** Whether this machine has Debian's chromium and chromedriver (.ci/run installs them). */
    static boolean available() {
        return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    }

    Browser(int port) {
        try {
            profile = Files.createTempDirectory("jifen-chromium-");
            downloads = Files.createTempDirectory("jifen-downloads-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
                "--user-data-dir=" + profile, "--window-size=1366,768", "--lang=zh-CN");
        options.setExperimentalOption("prefs", java.util.Map.of("download.default_directory", downloads.toString(),
                "download.prompt_for_download", false));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().window().setSize(new Dimension(1366, 768));
        base = "http://127.0.0.1:" + port;
    }

    void open(String path) {
        driver.get(base + path);
    }

    WebElement find(String css) {
        return until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
    }

    List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    <T> T until(Function<WebDriver, T> condition) {
        return new WebDriverWait(driver, Duration.ofSeconds(30)).until(condition);
    }

    /** Waits for the feedback area to show a finished message (ok or error) and returns it. */
    WebElement feedback() {
        return until(d -> {
            WebElement f = d.findElement(By.id("feedback"));
            String cls = f.getAttribute("class");
            return cls.contains("show") && (cls.contains(" ok") || cls.contains(" error")) ? f : null;
        });
    }

    /** Waits until the page has no API call under way (body[data-pending] is 0 once one ran). */
    void idle() {
        until(d -> "0".equals(js("return document.body.dataset.pending ?? '0';")));
    }

    /** Clears the feedback area so the next message is the next action's. */
    void clearFeedback() {
        js("document.getElementById('feedback').className='feedback';");
    }

    Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    /** Sets the text of the page's CodeMirror editor, as typing would (the file becomes unsaved). */
    void setCode(String text) {
        js("document.querySelector('.CodeMirror').CodeMirror.setValue(arguments[0]);", text);
    }

    String code() {
        return (String) js("return document.querySelector('.CodeMirror').CodeMirror.getValue();");
    }

    void screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
            Files.copy(shot, SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits for a finished download whose name ends with {@code suffix} and returns its bytes (then deletes it). */
    byte[] downloaded(String suffix) {
        Path file = until(d -> {
            try (var files = Files.list(downloads)) {
                return files.filter(f -> f.getFileName().toString().endsWith(suffix)).findFirst().orElse(null);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        try {
            byte[] bytes = Files.readAllBytes(file);
            Files.delete(file);
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** How many pixels the page is wider than the window (0 when nothing scrolls sideways). */
    int overflow() {
        return ((Number) js("return document.documentElement.scrollWidth - window.innerWidth;")).intValue();
    }

    void resize(int width, int height) {
        driver.manage().window().setSize(new Dimension(width, height));
    }

    /** Signs in with {@code key} and waits for the village picker. */
    void signIn(String key) {
        open("/console/login");
        find("#apiKey").sendKeys(key);
        find("#login-submit").click();
        until(ExpectedConditions.urlMatches(".*/console/$"));
    }

    @Override
    public void close() {
        driver.quit();
        for (Path dir : List.of(profile, downloads)) {
            try (var files = Files.walk(dir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException ignored) {
                // a profile left in the temp dir does no harm
            }
        }
    }
}
