package com.tradesuite.risk;

import static com.tradesuite.risk.Probes.payloads;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.tradesuite.broker.model.Order;
import com.tradesuite.kafka.embedded.KafkaBrokerTestResource;
import com.tradesuite.paperexchange.PaperExchangeServer;
import com.tradesuite.paperexchange.order.OrderStatus;
import com.tradesuite.schemas.event.EventEnvelope;
import com.tradesuite.schemas.event.ExitAttributed;
import com.tradesuite.schemas.event.ExitLayer;
import com.tradesuite.schemas.event.ExitSourceEvent;
import com.tradesuite.schemas.event.OrderCancelRequested;
import com.tradesuite.schemas.event.OrderEvent;
import com.tradesuite.schemas.event.OrderIntentRecorded;
import com.tradesuite.schemas.event.OrderPurpose;
import com.tradesuite.schemas.event.TradingStateChanged;
import com.tradesuite.schemas.event.TradingStateEvent;
import com.tradesuite.schemas.topic.TopicCatalog;
import com.tradesuite.service.PaperExchangeTestResource;
import com.tradesuite.service.testkit.TopicProbe;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;

/**
 * On the real broker and the paper exchange: {@code ops-cli halt --flatten} halts trading with the flatten recorded on
 * {@code trading-state}, and the risk manager closes every open position at market after cancelling its legs (intent
 * first on {@code orders}), attributes each exit to flatten-all, cancels an entry still working, and does not repeat
 * the flatten on later audits.
 */
@QuarkusTest
@QuarkusTestResource(KafkaBrokerTestResource.class)
@QuarkusTestResource(PaperExchangeTestResource.class)
@TestProfile(TradingStateIT.WithOperatorToken.class)
class FlattenAllIT {

    private static final Duration DEADLINE = Duration.ofSeconds(30);
    private static final List<String> HELD = List.of("KO", "PEP");
    private static final String RESTING = "WMT";
    private static final String REASON = "flatten-all before the close";

    private static TopicProbe<OrderEvent> orders;
    private static TopicProbe<ExitSourceEvent> exits;
    private static TopicProbe<TradingStateEvent> tradingState;
    private static TradingDesk desk;

    @ConfigProperty(name = "quarkus.http.test-port")
    int port;

    @BeforeAll
    static void connect() {
        desk = new TradingDesk("flatten-all-it");
        orders = new TopicProbe<>(TopicCatalog.ORDERS);
        exits = new TopicProbe<>(TopicCatalog.EXIT_SOURCE);
        tradingState = new TopicProbe<>(TopicCatalog.TRADING_STATE);
    }

    @AfterAll
    static void close() {
        orders.close();
        exits.close();
        tradingState.close();
        desk.close();
    }

    @Test
    void givenTwoProtectedPositionsWhenTheOperatorHaltsWithFlattenThenBothAreClosedAtMarketAfterTheirLegsAreCancelled() {
        try {
            flattenTwoPositionsAndARestingEntry();
        } finally {
            // Leave the application (shared with the other test classes of this profile) ACTIVE.
            given().contentType(ContentType.JSON).header("Authorization", "Bearer " + TradingStateIT.TOKEN)
                    .body(Map.of("state", "ACTIVE", "reason", "flatten-all test done"))
                    .when().post("/trading-state").then().statusCode(200);
        }
    }

    private void flattenTwoPositionsAndARestingEntry() {
        // given two protected positions and an entry still resting at the exchange
        await().atMost(DEADLINE).until(TradingDesk::riskManagerActing);
        List<Order> entries = HELD.stream()
                .map(symbol -> desk.enterWithBracket(symbol, "signal-flatten-" + symbol, "95.00", "110.00")).toList();
        for (String symbol : HELD) {
            await().atMost(DEADLINE).until(() -> TradingDesk.protectedNow(symbol).orElse(false));
        }
        Order resting = desk.restingEntry(RESTING, "signal-flatten-resting", "50.00");
        await().atMost(DEADLINE).until(() -> orders.poll().stream().anyMatch(e -> e.symbol().equals(RESTING)
                && e.eventId().startsWith("order:")));

        // when the operator halts with flatten through ops-cli
        Map<String, String> env = Map.of("TRADESUITE_OPERATOR_TOKEN", TradingStateIT.TOKEN,
                "TRADESUITE_RISK_MANAGER_URL", "http://localhost:" + port);
        TradingStateIT.CliRun cli = TradingStateIT.CliRun.of(env, "halt", "--flatten", "--reason", REASON);

        // then the state is HALTED with the flatten on the log
        assertThat(cli.exit()).as(cli.err()).isZero();
        assertThat(cli.out()).contains("HALTED");
        TradingStateChanged change = tradingState.poll(TradingStateChanged.class).stream()
                .map(EventEnvelope::payload).filter(c -> c.reason().equals(REASON)).findFirst().orElseThrow();
        assertThat(change.flatten()).isTrue();
        await().atMost(DEADLINE).untilAsserted(() -> given().get("/trading-state").then().statusCode(200)
                .body("state", equalTo("HALTED")).body("flattenChangeId", equalTo(change.changeId())));

        // and each position is sold once at market, by a FLATTEN intent written after its legs' cancel requests
        for (int i = 0; i < HELD.size(); i++) {
            String symbol = HELD.get(i);
            Order entry = entries.get(i);
            await().atMost(DEADLINE).untilAsserted(() -> {
                assertThat(exchange().engine().positions()).noneMatch(position -> position.symbol().equals(symbol));
                List<ExitAttributed> attributed = payloads(exits, ExitAttributed.class, symbol);
                assertThat(attributed).singleElement().satisfies(record -> {
                    assertThat(record.layer()).isEqualTo(ExitLayer.RISK_HARD_STOP);
                    assertThat(record.reason()).isEqualTo("flatten-all");
                    assertThat(record.qty()).isEqualByComparingTo(TradingDesk.TEN);
                    assertThat(record.positionQtyAfter()).isZero();
                });
                assertLegsCancelledBeforeTheFlattenIntent(symbol, entry);
            });
        }
        // and the entry still working was cancelled: nothing opens while the flatten holds
        await().atMost(DEADLINE).untilAsserted(() -> assertThat(exchange().engine().order(resting.id(), false)
                .status()).isEqualTo(OrderStatus.CANCELED));
        assertThat(payloads(orders, OrderCancelRequested.class, RESTING))
                .anySatisfy(cancel -> assertThat(cancel.purpose()).isEqualTo(OrderPurpose.FLATTEN));

        // and later audits (every second) do not repeat it
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(6)).untilAsserted(() -> {
            for (String symbol : HELD) {
                assertThat(flattenIntents(symbol)).hasSize(1);
            }
            assertThat(payloads(orders, OrderIntentRecorded.class, RESTING))
                    .noneMatch(intent -> intent.purpose() == OrderPurpose.FLATTEN);
        });
    }

    private static List<OrderIntentRecorded> flattenIntents(String symbol) {
        return payloads(orders, OrderIntentRecorded.class, symbol).stream()
                .filter(intent -> intent.purpose() == OrderPurpose.FLATTEN).toList();
    }

    /** Cancel-then-exit: every leg's cancel request is on the log before the one FLATTEN intent. */
    private static void assertLegsCancelledBeforeTheFlattenIntent(String symbol, Order entry) {
        List<EventEnvelope<OrderEvent>> log = orders.poll().stream().filter(e -> e.symbol().equals(symbol)).toList();
        assertThat(flattenIntents(symbol)).hasSize(1);
        int intentAt = indexOf(log, e -> e.payload() instanceof OrderIntentRecorded intent
                && intent.purpose() == OrderPurpose.FLATTEN);
        for (Order leg : entry.legs()) {
            int cancelAt = indexOf(log, e -> e.payload() instanceof OrderCancelRequested cancel
                    && cancel.brokerOrderId().equals(leg.id()));
            assertThat(cancelAt).as("cancel request of leg %s", leg.id()).isNotNegative().isLessThan(intentAt);
            assertThat(exchange().engine().order(leg.id(), false).status()).isEqualTo(OrderStatus.CANCELED);
        }
    }

    private static int indexOf(List<EventEnvelope<OrderEvent>> log, Predicate<EventEnvelope<OrderEvent>> match) {
        for (int i = 0; i < log.size(); i++) {
            if (match.test(log.get(i))) {
                return i;
            }
        }
        return -1;
    }

    private static PaperExchangeServer exchange() {
        return PaperExchangeTestResource.server();
    }
}
