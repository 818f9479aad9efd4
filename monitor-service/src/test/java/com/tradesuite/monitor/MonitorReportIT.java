package com.tradesuite.monitor;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.tradesuite.kafka.embedded.KafkaBrokerTestResource;
import com.tradesuite.kafka.embedded.SharedKafkaBroker;
import com.tradesuite.schemas.event.Event;
import com.tradesuite.schemas.event.EventEnvelope;
import com.tradesuite.schemas.event.TradingStateChanged;
import com.tradesuite.schemas.event.TradingStateSetBy;
import com.tradesuite.schemas.event.TradingStatus;
import com.tradesuite.schemas.topic.Topic;
import com.tradesuite.schemas.topic.TopicCatalog;
import com.tradesuite.service.StateEndpoint;
import com.tradesuite.service.log.EventPublisher;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;

/**
 * The monitor on the real embedded Kafka: the hand-made day of {@link HandMadeLedger} (two symbols, wins and losses,
 * a duplicate fill and a duplicate exit record) is published to {@code orders}, {@code fills} and {@code exit-source},
 * and GET /report shows exactly the hand-computed numbers.
 */
@QuarkusTest
@QuarkusTestResource(KafkaBrokerTestResource.class)
class MonitorReportIT {

    private static final Duration DEADLINE = Duration.ofSeconds(30);

    @Test
    void reportsTheHandComputedNumbersOfAPublishedTradingDay() {
        try (EventPublisher publisher = new EventPublisher(SharedKafkaBroker.bootstrapServers(), "monitor-it",
                Duration.ofSeconds(10))) {
            // Topic by topic, each folded before the next: entry intents before their fills, as in a real session.
            publishAndAwait(publisher, TopicCatalog.ORDERS, HandMadeLedger.orders());
            publishAndAwait(publisher, TopicCatalog.FILLS, HandMadeLedger.fills());
            publishAndAwait(publisher, TopicCatalog.EXIT_SOURCE, HandMadeLedger.exits());
        }

        JsonPath report = report();
        assertThat(report.getBoolean("complete")).isTrue();
        assertStats(report, "total", 4, 2, 2, "0.5", "140", "80", "1.75", "60", "0.6");
        assertStats(report, "bySymbol.AAPL", 2, 1, 1, "0.5", "40", "30", "1.3333", "10", "0.7");
        assertStats(report, "bySymbol.MSFT", 2, 1, 1, "0.5", "100", "50", "2", "50", "0.5");
        assertThat(report.getMap("bySymbol")).containsOnlyKeys("AAPL", "MSFT");
        assertThat(report.getObject("maxDrawdown", BigDecimal.class)).isEqualByComparingTo("80");

        List<Map<String, Object>> exits = report.getList("exitSources");
        assertThat(exits).extracting(share -> share.get("layer") + "/" + share.get("reason") + "/"
                + share.get("count") + "/" + ((BigDecimal) share.get("percent")).stripTrailingZeros().toPlainString())
                .containsExactly("EXCHANGE_BRACKET/take-profit leg/2/50", "SELLER/trailing stop/1/25",
                        "EXCHANGE_BRACKET/stop-loss leg/1/25");

        assertThat(report.getInt("protection.protectedCount")).isEqualTo(1);
        assertThat(report.getInt("protection.unprotectedCount")).isEqualTo(1);
        assertThat(report.getString("protection.line")).isEqualTo("1 protected, 1 FAILED");

        String text = given().when().get("/report/text").then().statusCode(200)
                .contentType("text/plain").extract().asString();
        assertThat(text).contains(
                "AAPL          2     1      1   50.0%    1.33    0.70       10.00",
                "MSFT          2     1      1   50.0%    2.00    0.50       50.00",
                "TOTAL         4     2      2   50.0%    1.75    0.60       60.00",
                "Max drawdown: 80.00",
                "Protection: 1 protected, 1 FAILED");

        JsonNode state = StateEndpoint.state();
        assertThat(state.path("closedTrades").asInt()).isEqualTo(4);
        assertThat(state.path("realisedPnl").decimalValue()).isEqualByComparingTo("60");
        assertThat(state.path("realisedPnlBySymbol").path("AAPL").decimalValue()).isEqualByComparingTo("10");
        assertThat(state.path("realisedPnlBySymbol").path("MSFT").decimalValue()).isEqualByComparingTo("50");
        assertThat(state.path("exitRecords").asInt()).isEqualTo(4);
        assertThat(state.path("trading").path("positions")).hasSize(2);
    }

    @Test
    void givenAnOperatorHaltWithFlattenOnTradingStateThenTheReportTextAndTheStateShowIt() {
        Instant at = Instant.parse("2026-11-20T15:30:00Z");
        TradingStateChanged halt = new TradingStateChanged("operator:monitor-it", 1, TradingStatus.HALTED,
                "desk closing early", TradingStateSetBy.OPERATOR, true, null);
        try (EventPublisher publisher = new EventPublisher(SharedKafkaBroker.bootstrapServers(), "monitor-it-state",
                Duration.ofSeconds(10))) {
            publisher.appendToEveryPartition(TopicCatalog.TRADING_STATE, partition -> EventEnvelope.withId(
                    "trading-state:operator:monitor-it:" + partition, halt, "ACCOUNT", "risk-manager-service", at,
                    halt.changeId(), null));
        }

        await().atMost(DEADLINE).untilAsserted(() -> assertThat(given().when().get("/report/text").then()
                .statusCode(200).extract().asString()).contains("Trading state: HALTED by OPERATOR since "
                + at + ": desk closing early (flatten-all requested)"));
        JsonNode tradingState = StateEndpoint.state().path("tradingState");
        assertThat(tradingState.path("state").asText()).isEqualTo("HALTED");
        assertThat(tradingState.path("setBy").asText()).isEqualTo("OPERATOR");
        assertThat(tradingState.path("reason").asText()).isEqualTo("desk closing early");
        assertThat(Instant.parse(tradingState.path("since").asText())).isEqualTo(at);
        assertThat(tradingState.path("flattenRequested").asBoolean()).isTrue();
    }

    private static <E extends Event> void publishAndAwait(EventPublisher publisher, Topic<E> topic,
                                                          List<EventEnvelope<E>> events) {
        long before = report().getLong("foldedEvents");
        events.forEach(event -> publisher.publish(topic, event));
        // The report's stores count an event before their exactly-once commit; complete follows the commit.
        await().atMost(DEADLINE).until(() -> {
            JsonPath report = report();
            return report.getLong("foldedEvents") >= before + events.size() && report.getBoolean("complete");
        });
    }

    private static void assertStats(JsonPath report, String path, int trades, int wins, int losses, String winRate,
                                    String grossProfit, String grossLoss, String profitFactor, String netPnl,
                                    String averageR) {
        assertThat(report.getInt(path + ".trades")).as(path + ".trades").isEqualTo(trades);
        assertThat(report.getInt(path + ".wins")).as(path + ".wins").isEqualTo(wins);
        assertThat(report.getInt(path + ".losses")).as(path + ".losses").isEqualTo(losses);
        assertThat(decimal(report, path + ".winRate")).isEqualByComparingTo(winRate);
        assertThat(decimal(report, path + ".grossProfit")).isEqualByComparingTo(grossProfit);
        assertThat(decimal(report, path + ".grossLoss")).isEqualByComparingTo(grossLoss);
        assertThat(decimal(report, path + ".profitFactor")).as(path + ".profitFactor")
                .isEqualByComparingTo(profitFactor);
        assertThat(decimal(report, path + ".netPnl")).isEqualByComparingTo(netPnl);
        assertThat(decimal(report, path + ".averageR")).as(path + ".averageR").isEqualByComparingTo(averageR);
    }

    private static BigDecimal decimal(JsonPath report, String path) {
        return new BigDecimal(report.getString(path));
    }

    private static JsonPath report() {
        return given().when().get("/report").then().statusCode(200).extract().jsonPath()
                .using(new JsonPathConfig(JsonPathConfig.NumberReturnType.BIG_DECIMAL));
    }
}
