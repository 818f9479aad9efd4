package com.tradesuite.monitor.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Level;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.tradesuite.kafka.embedded.KafkaBrokerTestResource;
import com.tradesuite.kafka.embedded.SharedKafkaBroker;
import com.tradesuite.schemas.event.Event;
import com.tradesuite.schemas.event.EventEnvelope;
import com.tradesuite.schemas.topic.Topic;
import com.tradesuite.service.log.EventPublisher;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The daily report served by the monitor on the real embedded Kafka, folded from the two days of {@link DailyLog}
 * published event by event, and its HTML page in a real browser (headless Chromium through /usr/bin/chromedriver):
 * the page loads without console errors, every chart holds as many data points as the JSON report has, every number
 * on the page is the JSON's, and the standalone page (ECharts inlined) renders from a file with no server.
 */
@QuarkusTest
@QuarkusTestResource(KafkaBrokerTestResource.class)
class DailyReportPageIT {

    private static final Duration DEADLINE = Duration.ofSeconds(30);
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TAG = "PG" + UUID.randomUUID().toString().substring(0, 4).toUpperCase() + "-";
    private static final DailyLog LOG = DailyLog.tagged(TAG);

    private static ChromeDriver browser;
    private static Path userDataDir;
    private static boolean published;

    @TestHTTPResource("/")
    URL base;

    @BeforeAll
    static void startBrowser() throws IOException {
        if (!Files.isExecutable(CHROMEDRIVER) || !Files.isExecutable(CHROMIUM)) {
            fail("the daily report page test needs Chromium and its driver at " + CHROMIUM + " and " + CHROMEDRIVER
                    + ": install the Debian packages chromium chromium-driver (.ci/run does when they are missing)");
        }
        userDataDir = Files.createTempDirectory("daily-report-chromium");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--user-data-dir=" + userDataDir, "--window-size=1400,2000");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability(ChromeOptions.LOGGING_PREFS, logs);
        browser = new ChromeDriver(service, options);
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    /**
     * Publishes the log once, in causal waves as the services write it: a wave ends before a symbol's event on
     * another topic than its earlier ones in the wave (one topic's events of a symbol share a partition and keep
     * their order; across topics only folding a wave before the next keeps it).
     */
    private static synchronized void publishOnce() {
        if (published) {
            return;
        }
        try (EventPublisher publisher = new EventPublisher(SharedKafkaBroker.bootstrapServers(), "daily-report-it",
                Duration.ofSeconds(10))) {
            Map<String, Topic<?>> wave = new HashMap<>();
            long folded = foldedEvents();
            for (DailyLog.Published event : LOG.events()) {
                Topic<?> earlier = wave.putIfAbsent(event.event().symbol(), event.topic());
                if (earlier != null && !earlier.equals(event.topic())) {
                    long expected = folded;
                    await().atMost(DEADLINE).pollInterval(Duration.ofMillis(20))
                            .until(() -> foldedEvents() >= expected);
                    wave.clear();
                    wave.put(event.event().symbol(), event.topic());
                }
                publish(publisher, event.topic(), event.event());
                folded++;
            }
            long all = folded;
            await().atMost(DEADLINE).pollInterval(Duration.ofMillis(20)).until(() -> foldedEvents() >= all);
        }
        published = true;
    }

    @SuppressWarnings("unchecked")
    private static void publish(EventPublisher publisher, Topic<?> topic, EventEnvelope<? extends Event> event) {
        publisher.publish((Topic<Event>) topic, event);
    }

    @Test
    void givenTwoPublishedDays_whenTheFirstDayIsAskedAsJson_thenItCountsThatDaysTradesAndIncidents() {
        publishOnce();

        JsonNode report = json("/report/daily/" + DailyLog.DAY_1).path("report");

        assertThat(report.path("total").path("trades").asInt()).isEqualTo(7);
        assertThat(report.path("total").path("wins").asInt()).isEqualTo(4);
        assertThat(report.path("total").path("netPnl").decimalValue()).isEqualByComparingTo("74");
        assertThat(report.path("total").path("grossLoss").decimalValue()).isEqualByComparingTo("76");
        assertThat(report.path("rUnknown").asInt()).isEqualTo(2);
        assertThat(report.path("bySymbol").size()).isEqualTo(6);
        assertThat(report.path("exitSources").size()).isEqualTo(6);
        JsonNode protection = report.path("protection");
        assertThat(protection.path("reprotections").asInt()).isEqualTo(2);
        assertThat(protection.path("gaps").asInt()).as("AMD 4 s, META 2 s: %s", protection).isEqualTo(2);
        assertThat(protection.path("gapsOverBound").asInt()).isEqualTo(1);
        assertThat(protection.path("longestGapMillis").asLong()).isEqualTo(4_000);
        assertThat(protection.path("fallbackExits").asInt()).isEqualTo(1);
        assertThat(protection.path("hardStopExits").asInt()).isEqualTo(1);
        assertThat(protection.path("adoptions").asInt()).isEqualTo(1);
        assertThat(report.path("entryDeclines").path("COOLDOWN").asInt()).isEqualTo(2);
        assertThat(report.path("entryDeclines").path("MAX_POSITIONS").asInt()).isEqualTo(1);
        assertThat(report.path("fees").path("note").asText()).startsWith("not reported");
        assertThat(report.path("equityCurve").size()).isEqualTo(8); // the start and one point per closing minute
    }

    @Test
    void givenTwoPublishedDays_whenTheRangeIsAsked_thenSharpeAndSortinoAreOverItsDailyPnl() {
        publishOnce();

        JsonNode report = json("/report/daily?from=" + DailyLog.DAY_1 + "&to=" + DailyLog.DAY_2).path("report");

        assertThat(report.path("total").path("trades").asInt()).isEqualTo(9);
        assertThat(report.path("tradingDays").asInt()).isEqualTo(2);
        assertThat(report.path("days").size()).isEqualTo(2);
        // Daily P&L 74 and 30: mean 52, sample deviation 31.1127, x sqrt(252); no losing day, so no Sortino.
        assertThat(report.path("ratios").path("sharpe").decimalValue()).isEqualByComparingTo("26.5318");
        assertThat(report.path("ratios").path("sortino").isNull()).isTrue();
    }

    @Test
    void givenAnAcceptHeader_whenNoFormatIsNamed_thenTheHeaderChoosesAndABadDateIsRefused() {
        publishOnce();

        given().accept("text/html").when().get("/report/daily/" + DailyLog.DAY_1).then().statusCode(200)
                .contentType("text/html");
        String text = given().accept("text/plain").when().get("/report/daily/" + DailyLog.DAY_1).then()
                .statusCode(200).contentType("text/plain").extract().asString();
        assertThat(text).contains("DAILY REPORT 2026-12-01", "Net P&L                  74.00",
                "Profit factor            1.97", "COOLDOWN                     2");
        given().when().get("/report/daily/2026-13-01").then().statusCode(400).contentType("text/plain");
        given().when().get("/report/daily?from=" + DailyLog.DAY_2 + "&to=" + DailyLog.DAY_1).then().statusCode(400);
        given().when().get("/report/daily/" + DailyLog.DAY_1 + "?format=pdf").then().statusCode(400);
    }

    @Test
    void givenTheDayPage_whenOpenedInChromium_thenItHasNoConsoleErrorsEveryChartHasItsPointsAndTheNumbersAreTheJsons()
            throws IOException {
        publishOnce();
        String path = "/report/daily/" + DailyLog.DAY_1;
        JsonNode report = json(path).path("report");

        browser.get(base.toString().replaceAll("/$", "") + path + "?format=html");
        awaitCharts();

        assertThat(severeLogs()).as("browser console errors").isEmpty();
        assertChartsHold(report);
        int numbers = assertNumbersAreTheJsons(report);
        assertThat(numbers).as("numbers on the page").isGreaterThan(60);
        Path screenshot = Path.of("target", "daily-report.png");
        Files.write(screenshot, browser.getScreenshotAs(OutputType.BYTES));
    }

    @Test
    void givenTheRangePage_whenOpenedInChromium_thenItsChartsHoldTheRangesPoints() {
        publishOnce();
        String path = "/report/daily?from=" + DailyLog.DAY_1 + "&to=" + DailyLog.DAY_2;
        JsonNode report = json(path).path("report");

        browser.get(base.toString().replaceAll("/$", "") + path + "&format=html");
        awaitCharts();

        assertThat(severeLogs()).as("browser console errors").isEmpty();
        assertChartsHold(report);
        assertNumbersAreTheJsons(report);
    }

    @Test
    void givenTheStandalonePageSavedAsAFile_whenOpenedWithNoServer_thenItsChartsRender() throws IOException {
        publishOnce();
        String path = "/report/daily/" + DailyLog.DAY_1;
        JsonNode report = json(path).path("report");
        String page = given().when().get(path + "?format=html&standalone=true").then().statusCode(200).extract()
                .asString();
        assertThat(page).doesNotContain(DailyReportPage.ECHARTS_PATH);
        Path file = Path.of("target", "daily-report-standalone.html").toAbsolutePath();
        Files.writeString(file, page, StandardCharsets.UTF_8);

        browser.get(file.toUri().toString());
        awaitCharts();

        assertThat(severeLogs()).as("browser console errors").isEmpty();
        assertChartsHold(report);
    }

    private static void awaitCharts() {
        new WebDriverWait(browser, DEADLINE).until(driver -> "true".equals(
                driver.findElement(By.tagName("body")).getAttribute("data-charts-ready")));
    }

    private static List<String> severeLogs() {
        return browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage).toList();
    }

    /** Each chart's series: the points in its option and the points its model rendered, against the JSON. */
    private static void assertChartsHold(JsonNode report) {
        int curve = report.path("equityCurve").size();
        assertThat(curve).isPositive();
        assertThat(seriesCounts("equity")).as("equity curve and drawdown").containsExactly(
                List.of(curve, curve), List.of(curve, curve));
        int buckets = report.path("rHistogram").size();
        assertThat(seriesCounts("r")).as("R histogram").containsExactly(List.of(buckets, buckets));
        int exits = report.path("exitSources").size();
        assertThat(seriesCounts("exits")).as("exit sources").containsExactly(List.of(exits, exits));
        int symbols = report.path("bySymbol").size();
        assertThat(seriesCounts("symbols")).as("P&L by symbol").containsExactly(List.of(symbols, symbols));
        for (String chart : List.of("chart-equity", "chart-r", "chart-exits", "chart-symbols")) {
            assertThat(browser.findElements(By.cssSelector("#" + chart + " canvas"))).as(chart + " canvas")
                    .isNotEmpty();
        }
        // The drawn values are the JSON's: the R counts and the symbols' P&L.
        assertThat(values("r")).containsExactlyElementsOf(report.path("rHistogram").findValuesAsText("count").stream()
                .map(BigDecimal::new).toList());
    }

    /** Per series of one chart: [points in the option, points in the rendered model]. */
    @SuppressWarnings("unchecked")
    private static List<List<Integer>> seriesCounts(String chart) {
        List<List<Long>> counts = (List<List<Long>>) ((JavascriptExecutor) browser).executeScript(
                "var c = window.dailyReportCharts[arguments[0]];"
                        + "return c.getOption().series.map(function (s, i) {"
                        + "  return [s.data.length, c.getModel().getSeriesByIndex(i).getData().count()]; });", chart);
        return counts.stream().map(pair -> pair.stream().map(Long::intValue).toList()).toList();
    }

    @SuppressWarnings("unchecked")
    private static List<BigDecimal> values(String chart) {
        List<Object> values = (List<Object>) ((JavascriptExecutor) browser).executeScript(
                "return window.dailyReportCharts[arguments[0]].getOption().series[0].data;", chart);
        return values.stream().map(value -> new BigDecimal(value.toString())).toList();
    }

    /** Every number the page writes equals the JSON field it names, written the same way. */
    private static int assertNumbersAreTheJsons(JsonNode report) {
        List<WebElement> numbers = browser.findElements(By.cssSelector("[data-field]"));
        for (WebElement number : numbers) {
            String field = number.getAttribute("data-field");
            JsonNode value = report;
            for (String part : field.split("\\.")) {
                value = value.isArray() ? value.path(Integer.parseInt(part)) : value.path(part);
            }
            assertThat(value.isMissingNode()).as(field + " in the JSON report").isFalse();
            String format = number.getAttribute("data-format");
            String expected = format == null ? value.asText()
                    : DailyReportFormat.valueOf(format).format(value.isNull() ? null : value.asText());
            assertThat(number.getText()).as(field).isEqualTo(expected);
        }
        return numbers.size();
    }

    private static long foldedEvents() {
        return given().when().get("/report").then().statusCode(200).extract().jsonPath().getLong("foldedEvents");
    }

    private static JsonNode json(String path) {
        String body = given().queryParam("format", "json").when().get(path).then().statusCode(200)
                .contentType("application/json").extract().asString();
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

}
