package com.tradesuite.risk;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.tradesuite.kafka.embedded.KafkaBrokerTestResource;
import com.tradesuite.ops.OpsMain;
import com.tradesuite.schemas.event.EquityPeakRecorded;
import com.tradesuite.schemas.event.EventEnvelope;
import com.tradesuite.schemas.event.TradingStateChanged;
import com.tradesuite.schemas.event.TradingStateEvent;
import com.tradesuite.schemas.event.TradingStateSetBy;
import com.tradesuite.schemas.event.TradingStatus;
import com.tradesuite.schemas.topic.TopicCatalog;
import com.tradesuite.service.PaperExchangeTestResource;
import com.tradesuite.service.testkit.TopicProbe;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;

/**
 * On the real broker: {@code POST /trading-state} refuses a request without the operator token (401) or with a wrong
 * one (403), refuses flatten with a state other than HALTED (400), and otherwise appends the change to every partition
 * of {@code trading-state} (the flatten itself: {@link FlattenAllIT});
 * {@code GET /trading-state} shows the state folded back from the log.
 */
@QuarkusTest
@QuarkusTestResource(KafkaBrokerTestResource.class)
@QuarkusTestResource(PaperExchangeTestResource.class)
@TestProfile(TradingStateIT.WithOperatorToken.class)
class TradingStateIT {

    static final String TOKEN = "it-operator-token-0123456789";
    private static final Duration DEADLINE = Duration.ofSeconds(30);

    /** The operator token as the environment would give it; the loss limits run only on bars. */
    public static class WithOperatorToken implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            // The loss limits' wall-clock fallback out of the way: only bars of market time run them here.
            return Map.of("tradesuite.risk.operator-token", TOKEN, "tradesuite.risk.loss-limits.interval", "1h");
        }
    }

    private static TopicProbe<TradingStateEvent> tradingState;

    @ConfigProperty(name = "quarkus.http.test-port")
    int port;

    @BeforeAll
    static void connect() {
        tradingState = new TopicProbe<>(TopicCatalog.TRADING_STATE);
    }

    @AfterAll
    static void close() {
        tradingState.close();
    }

    @Test
    void withoutATokenTheChangeIsRefusedWith401AndNothingIsAppended() {
        given().contentType(ContentType.JSON).body(Map.of("state", "HALTED", "reason", "no token"))
                .when().post("/trading-state")
                .then().statusCode(401);
        given().contentType(ContentType.JSON).header("Authorization", "Basic " + TOKEN)
                .body(Map.of("state", "HALTED", "reason", "not a bearer"))
                .when().post("/trading-state")
                .then().statusCode(401);

        assertThat(changesWithReason("no token")).isEmpty();
    }

    @Test
    void withAWrongTokenTheChangeIsRefusedWith403AndNoTokenIsEchoed() {
        String body = given().contentType(ContentType.JSON).header("Authorization", "Bearer wrong-" + TOKEN)
                .body(Map.of("state", "HALTED", "reason", "wrong token"))
                .when().post("/trading-state")
                .then().statusCode(403).extract().asString();

        assertThat(body).doesNotContain(TOKEN);
        assertThat(changesWithReason("wrong token")).isEmpty();
    }

    @Test
    void givenFlattenWithReducingWhenPostedThenItIsRefusedWith400AndNothingIsAppended() {
        given().contentType(ContentType.JSON).header("Authorization", "Bearer " + TOKEN)
                .body(Map.of("state", "REDUCING", "reason", "flatten please", "flatten", true))
                .when().post("/trading-state")
                .then().statusCode(400).body("error", containsString("HALTED only"));

        assertThat(changesWithReason("flatten please")).isEmpty();
    }

    @Test
    void anOperatorsHaltIsOnEveryPartitionAndFoldedBackThenAResumeEndsIt() {
        given().contentType(ContentType.JSON).header("Authorization", "Bearer " + TOKEN)
                .body(Map.of("state", "HALTED", "reason", "earnings surprise", "flatten", false))
                .when().post("/trading-state")
                .then().statusCode(200).body("state", equalTo("HALTED")).body("setBy", equalTo("OPERATOR"))
                .body(not(containsString(TOKEN)));

        await().atMost(DEADLINE).untilAsserted(() -> {
            Map<Integer, List<EventEnvelope<TradingStateEvent>>> byPartition = tradingState.pollByPartition();
            assertThat(byPartition.keySet()).containsExactlyInAnyOrder(0, 1, 2, 3, 4, 5);
            List<String> changeIds = byPartition.values().stream()
                    .map(envelopes -> envelopes.stream().map(EventEnvelope::payload)
                            .filter(TradingStateChanged.class::isInstance).map(TradingStateChanged.class::cast)
                            .filter(change -> change.reason().equals("earnings surprise"))
                            .map(TradingStateChanged::changeId).toList())
                    .peek(ids -> assertThat(ids).hasSize(1))
                    .map(ids -> ids.get(0)).distinct().toList();
            assertThat(changeIds).hasSize(1);
        });
        TradingStateChanged halt = changesWithReason("earnings surprise").get(0);
        assertThat(halt.state()).isEqualTo(TradingStatus.HALTED);
        assertThat(halt.setBy()).isEqualTo(TradingStateSetBy.OPERATOR);
        await().atMost(DEADLINE).untilAsserted(() -> given().when().get("/trading-state")
                .then().statusCode(200).body("state", equalTo("HALTED")).body("reason", equalTo("earnings surprise")));

        given().contentType(ContentType.JSON).header("Authorization", "Bearer " + TOKEN)
                .body(Map.of("state", "ACTIVE", "reason", "news digested"))
                .when().post("/trading-state")
                .then().statusCode(200).body("state", equalTo("ACTIVE"));
        await().atMost(DEADLINE).untilAsserted(() -> given().when().get("/trading-state")
                .then().statusCode(200).body("state", equalTo("ACTIVE")).body("reason", equalTo("news digested")));
        assertThat(changesWithReason("news digested").get(0).revision()).isGreaterThan(halt.revision());
    }

    @Test
    void givenABarOfMarketTimeWhenItClosesThenTheLossLimitsReadTheAccountAndTheEquityPeakIsOnEveryPartition() {
        // given no wall-clock check for an hour (the profile): only a bar can run the loss limits
        await().atMost(DEADLINE).until(TradingDesk::riskManagerActing);
        Instant barStart = PaperExchangeTestResource.server().now().truncatedTo(ChronoUnit.MINUTES)
                .plus(Duration.ofMinutes(1));

        // when the scanner's bar of the next minute closes
        try (TradingDesk desk = new TradingDesk("trading-state-it-bar")) {
            desk.barClosed("AAPL", barStart, "100.00");
        }

        // then the equity read at that bar is recorded as the peak on every partition and folded back
        await().atMost(DEADLINE).untilAsserted(() -> {
            Map<Integer, List<EventEnvelope<TradingStateEvent>>> byPartition = tradingState.pollByPartition();
            assertThat(byPartition.keySet()).containsExactlyInAnyOrder(0, 1, 2, 3, 4, 5);
            byPartition.values().forEach(copies -> assertThat(copies)
                    .anyMatch(copy -> copy.payload() instanceof EquityPeakRecorded));
        });
        BigDecimal peak = tradingState.poll(EquityPeakRecorded.class).stream().map(EventEnvelope::payload)
                .map(EquityPeakRecorded::peak).max(BigDecimal::compareTo).orElseThrow();
        await().atMost(DEADLINE).untilAsserted(() -> assertThat(new BigDecimal(given().get("/trading-state").then()
                .statusCode(200).extract().jsonPath().getString("equityPeak"))).isEqualByComparingTo(peak));
    }

    @Test
    void opsCliHaltsAndResumesThroughTheEndpointAndExits1WhenRefused() {
        String url = "http://localhost:" + port;
        Map<String, String> env = Map.of("TRADESUITE_OPERATOR_TOKEN", TOKEN, "TRADESUITE_RISK_MANAGER_URL", url);

        CliRun halted = CliRun.of(env, "halt", "--reason", "from the cli");
        assertThat(halted.exit()).as(halted.err()).isZero();
        assertThat(halted.out()).contains("Trading state: HALTED by OPERATOR: from the cli").doesNotContain(TOKEN);
        assertThat(changesWithReason("from the cli")).isNotEmpty();

        CliRun flatten = CliRun.of(env, "reduce", "--flatten", "--reason", "cli flatten");
        assertThat(flatten.exit()).isEqualTo(1);
        assertThat(flatten.err()).contains("HTTP 400", "HALTED only");

        CliRun wrong = CliRun.of(Map.of("TRADESUITE_OPERATOR_TOKEN", "wrong-token-0123456789"), "resume", "--reason",
                "cli wrong token", "--url", url);
        assertThat(wrong.exit()).isEqualTo(1);
        assertThat(wrong.err()).contains("HTTP 403").doesNotContain(TOKEN);

        CliRun resumed = CliRun.of(env, "resume", "--reason", "cli resume");
        assertThat(resumed.exit()).as(resumed.err()).isZero();
        assertThat(resumed.out()).contains("Trading state: ACTIVE by OPERATOR: cli resume");
        assertThat(changesWithReason("cli flatten")).isEmpty();
        assertThat(changesWithReason("cli wrong token")).isEmpty();
    }

    /** One ops-cli run in process: its exit code and what it printed. */
    record CliRun(int exit, String out, String err) {
        static CliRun of(Map<String, String> env, String... args) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            int exit = new OpsMain(new PrintStream(out, true, StandardCharsets.UTF_8),
                    new PrintStream(err, true, StandardCharsets.UTF_8), env).run(args);
            return new CliRun(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        }
    }

    private static List<TradingStateChanged> changesWithReason(String reason) {
        return tradingState.poll(TradingStateChanged.class).stream().map(EventEnvelope::payload)
                .filter(change -> change.reason().equals(reason)).toList();
    }
}
