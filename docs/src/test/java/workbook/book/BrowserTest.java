package workbook.book;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.remote.RemoteWebDriver;

/**
 * Opens the built book in a real browser, headless Chromium, as a reader would from disk: every link of
 * the table of contents lands on its section, every image loads, nothing is fetched from the network,
 * code is highlighted and the console stays free of errors. It leaves a screenshot in {@code target/}.
 *
 * <p>It needs Debian's {@code chromium} and {@code chromium-driver} (or the paths in the system
 * properties {@code workbook.chromium} and {@code workbook.chromedriver}). Without them it is skipped with
 * a message on a learner's machine, and fails in CI (the environment variable {@code CI=true}), where
 * {@code .ci/run} installs them.
 */
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class BrowserTest {

    private static final Path CHROMIUM = Path.of(System.getProperty("workbook.chromium", "/usr/bin/chromium"));
    private static final Path CHROMEDRIVER = Path.of(System.getProperty("workbook.chromedriver", "/usr/bin/chromedriver"));

    private static Set<Long> before;
    private static Path profile;
    private static Process chromedriver;
    private static RemoteWebDriver driver;
    private static Path book;

    @BeforeAll
    @Timeout(value = 2, unit = TimeUnit.MINUTES)
    static void open() throws IOException {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            String missing = "no headless browser: " + CHROMIUM + " and " + CHROMEDRIVER
                    + " must both exist (Debian: apt-get install chromium chromium-driver)";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail("in CI the book must be tested in a browser, and there is " + missing);
            }
            Assumptions.abort("BrowserTest skipped, " + missing);
        }
        book = Path.of(System.getProperty("workbook.book", "target/book/index.html")).toAbsolutePath();
        assertThat(book).as("the rendered book (built in generate-resources)").exists();
        Logger.getLogger("org.openqa.selenium").setLevel(Level.SEVERE); // no CDP version warnings
        before = ProcessHandle.current().descendants().map(ProcessHandle::pid).collect(Collectors.toSet());
        profile = Files.createTempDirectory("book-chromium");

        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1280,900", "--user-data-dir=" + profile);
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        logs.enable(LogType.PERFORMANCE, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        driver = new RemoteWebDriver(startChromedriver().toURL(), options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60)).scriptTimeout(Duration.ofSeconds(30));
        driver.get(book.toUri().toString());
        new org.openqa.selenium.support.ui.WebDriverWait(driver, Duration.ofSeconds(30))
                .until(d -> "complete".equals(js("return document.readyState")));
    }

    @AfterAll
    static void close() throws IOException, InterruptedException {
        try {
            if (driver != null) {
                driver.quit();
            }
        } finally {
            if (chromedriver != null) {
                chromedriver.destroy();
                if (!chromedriver.waitFor(10, TimeUnit.SECONDS)) {
                    chromedriver.destroyForcibly();
                }
            }
            // chromium's helpers may outlive the driver a moment: wait for those this class started, then end them
            List<ProcessHandle> left = ProcessHandle.current().descendants()
                    .filter(p -> before != null && !before.contains(p.pid())).toList();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            for (ProcessHandle p : left) {
                long rest = Math.max(1, deadline - System.nanoTime());
                try {
                    p.onExit().get(rest, TimeUnit.NANOSECONDS);
                } catch (ExecutionException | TimeoutException e) {
                    p.destroyForcibly(); // a browser process this class started, by its pid
                }
            }
            if (profile != null) {
                try (Stream<Path> files = Files.walk(profile)) {
                    for (Path f : files.sorted(Comparator.reverseOrder()).toList()) {
                        Files.deleteIfExists(f);
                    }
                }
            }
        }
    }

    /**
     * Starts {@code chromedriver} on a free port of 127.0.0.1 and returns its address once it says it
     * has started. Started here rather than by Selenium's {@code ChromeDriverService}, whose readiness
     * check leaves a pool thread idling for a minute after the test.
     */
    private static URI startChromedriver() throws IOException {
        int port;
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = probe.getLocalPort();
        }
        chromedriver = new ProcessBuilder(CHROMEDRIVER.toString(), "--port=" + port,
                "--log-path=" + profile.resolve("chromedriver.log")).redirectErrorStream(true).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(chromedriver.getInputStream(), StandardCharsets.UTF_8));
        List<String> said = new ArrayList<>();
        for (String line; (line = out.readLine()) != null; ) { // ends when chromedriver exits, or below
            said.add(line);
            if (line.contains("started successfully")) {
                return URI.create("http://127.0.0.1:" + port);
            }
        }
        throw new IOException("chromedriver did not start: " + String.join("\n", said));
    }

    private static Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    @Test
    void every_link_of_the_table_of_contents_lands_on_its_section() {
        List<WebElement> links = driver.findElements(By.cssSelector("#toc a[href^='#']"));
        assertThat(links).as("the table of contents").hasSizeGreaterThan(10);
        List<String> wrong = new ArrayList<>();
        for (WebElement link : links) {
            String id = link.getDomAttribute("href").replaceFirst("^[^#]*#", "");
            js("arguments[0].scrollIntoView({block: 'center'})", link);
            link.click();
            Object landed = js("""
                    const target = document.getElementById(decodeURIComponent(arguments[0]));
                    if (!target) return 'no element with this id';
                    if (location.hash !== '#' + arguments[0]) return 'the address says ' + location.hash;
                    const top = target.getBoundingClientRect().top;
                    const atEnd = window.scrollY + window.innerHeight >= document.documentElement.scrollHeight - 2;
                    return (Math.abs(top) <= 2 || (atEnd && top >= 0 && top < window.innerHeight))
                        ? 'ok' : 'its heading is at ' + top + ' px, not at the top';
                    """, id);
            if (!"ok".equals(landed)) {
                wrong.add(link.getText() + " (#" + id + "): " + landed);
            }
        }
        assertThat(wrong).as("table-of-contents links that do not land on their section").isEmpty();
    }

    @Test
    @SuppressWarnings("unchecked")
    void every_image_loads_and_each_chapter_from_02_to_10_has_its_timeline() {
        List<Map<String, Object>> images = (List<Map<String, Object>>) js("""
                return Array.from(document.images).map(i => ({src: i.getAttribute('src'),
                    complete: i.complete, width: i.naturalWidth}));
                """);
        assertThat(images).as("images in the book").isNotEmpty();
        assertThat(images.stream().filter(i -> !Boolean.TRUE.equals(i.get("complete"))
                || ((Number) i.get("width")).intValue() <= 0).map(i -> i.get("src")).toList())
                .as("images that did not load (natural width 0)").isEmpty();
        for (int chapter = 2; chapter <= 10; chapter++) {
            String prefix = "images/ch%02d-".formatted(chapter);
            assertThat(images).as("a timeline of chapter %02d (%s*.svg)", chapter, prefix)
                    .anyMatch(i -> String.valueOf(i.get("src")).startsWith(prefix));
        }
    }

    @Test
    void loads_nothing_but_files() {
        Pattern url = Pattern.compile("\"url\":\"([^\"]+)\"");
        Pattern page = Pattern.compile("\"documentURL\":\"([^\"]+)\"");
        List<String> requested = new ArrayList<>();
        for (LogEntry entry : driver.manage().logs().get(LogType.PERFORMANCE)) {
            Matcher from = page.matcher(entry.getMessage());
            // the book's requests only, not those of the browser's own start page
            if (entry.getMessage().contains("\"Network.requestWillBeSent\"") && from.find()
                    && from.group(1).startsWith("file:")) {
                Matcher m = url.matcher(entry.getMessage());
                if (m.find()) {
                    requested.add(m.group(1));
                }
            }
        }
        assertThat(requested).as("requests the page made").isNotEmpty();
        assertThat(requested.stream().filter(u -> !u.startsWith("file:") && !u.startsWith("data:")).toList())
                .as("requests that left file: (a CDN, a web font?)").isEmpty();
    }

    @Test
    void code_listings_are_highlighted() {
        List<WebElement> java = driver.findElements(By.cssSelector("pre.highlight code[data-lang='java']"));
        assertThat(java).as("Java listings").hasSizeGreaterThan(10);
        Object plain = js("""
                return Array.from(document.querySelectorAll("pre.highlight code[data-lang='java']"))
                    .filter(c => c.querySelector('span') === null).length;
                """);
        assertThat(((Number) plain).intValue()).as("Java listings without a single highlighted token").isZero();
        Object coloured = js("""
                const keyword = document.querySelector("pre.highlight code[data-lang='java'] .k, pre.highlight code[data-lang='java'] .kd");
                return keyword !== null
                    && getComputedStyle(keyword).color !== getComputedStyle(keyword.closest('pre')).color;
                """);
        assertThat(coloured).as("a keyword drawn in another colour than the code around it").isEqualTo(true);
    }

    @Test
    void the_console_stays_free_of_errors_and_a_screenshot_is_saved() throws IOException {
        List<String> errors = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue()).map(LogEntry::getMessage).toList();
        assertThat(errors).as("errors in the browser's console").isEmpty();

        Path screenshot = Path.of(System.getProperty("workbook.screenshot", "target/book-screenshot.png"));
        Files.createDirectories(screenshot.toAbsolutePath().getParent());
        js("window.scrollTo(0, 0)");
        save(screenshot);
        // and one of the first timeline, as a reader meets it
        js("document.querySelector(\"img[src^='images/ch0']\").scrollIntoView({block: 'center'})");
        save(screenshot.resolveSibling(screenshot.getFileName().toString().replace(".png", "-timeline.png")));
    }

    private static void save(Path target) throws IOException {
        File shot = driver.getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
        Files.delete(shot.toPath());
        assertThat(Files.size(target)).as("a screenshot in %s", target).isGreaterThan(1000);
    }
}
