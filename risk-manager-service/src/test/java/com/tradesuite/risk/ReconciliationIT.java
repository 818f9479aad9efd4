package com.tradesuite.risk;

import static com.tradesuite.risk.Probes.payloads;

import static com.tradesuite.risk.AccountWithPositionsTestResource.BARE;
import static com.tradesuite.risk.AccountWithPositionsTestResource.BARE_QTY;
import static com.tradesuite.risk.AccountWithPositionsTestResource.HELD_BY_TAKE_PROFIT;
import static com.tradesuite.risk.AccountWithPositionsTestResource.HELD_QTY;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.tradesuite.broker.model.Order;
import com.tradesuite.broker.model.OrderSide;
import com.tradesuite.broker.model.OrderType;
import com.tradesuite.broker.model.Position;
import com.tradesuite.kafka.embedded.KafkaBrokerTestResource;
import com.tradesuite.schemas.event.EventEnvelope;
import com.tradesuite.schemas.event.ExitAttributed;
import com.tradesuite.schemas.event.ExitLayer;
import com.tradesuite.schemas.event.ExitSourceEvent;
import com.tradesuite.schemas.event.FillEvent;
import com.tradesuite.schemas.event.OrderAccepted;
import com.tradesuite.schemas.event.OrderCancelRequested;
import com.tradesuite.schemas.event.OrderEvent;
import com.tradesuite.schemas.event.OrderFilled;
import com.tradesuite.schemas.event.OrderIntentRecorded;
import com.tradesuite.schemas.event.OrderPurpose;
import com.tradesuite.schemas.event.PositionAdopted;
import com.tradesuite.schemas.event.PositionReconciled;
import com.tradesuite.schemas.event.Side;
import com.tradesuite.schemas.topic.TopicCatalog;
import com.tradesuite.service.PaperExchangeTestResource;
import com.tradesuite.service.testkit.TopicProbe;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Reconciliation against the real exchange: switched on over an account that already holds unprotected positions
 * (one bare, one whose shares a lone take-profit holds), the risk manager adopts them and leaves each with a live stop
 * for its full quantity; a position the log holds but the broker no longer has is closed in the log as a MANUAL exit,
 * its refused re-protections backing off instead of retrying every second.
 */
@QuarkusTest
@QuarkusTestResource(KafkaBrokerTestResource.class)
@QuarkusTestResource(PaperExchangeTestResource.class)
@TestProfile(ReconciliationIT.FastReconciliation.class)
class ReconciliationIT {

    static final String CLOSED_OUTSIDE = "DIA";
    private static final Duration DEADLINE = Duration.ofSeconds(30);

    /**
     * Reconciles every 3 s (default 60 s) so the test needs no minute of waiting; seeds the account before the
     * risk manager starts.
     */
    public static class FastReconciliation implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("tradesuite.risk.reconcile.interval", "3s", "tradesuite.risk.reconcile.confirm-delay", "500ms");
        }

        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(AccountWithPositionsTestResource.class));
        }
    }

    private static TradingDesk desk;
    private static TopicProbe<OrderEvent> orders;
    private static TopicProbe<FillEvent> fills;
    private static TopicProbe<ExitSourceEvent> exits;

    @BeforeAll
    static void connect() {
        desk = new TradingDesk("reconciliation-it");
        orders = new TopicProbe<>(TopicCatalog.ORDERS);
        fills = new TopicProbe<>(TopicCatalog.FILLS);
        exits = new TopicProbe<>(TopicCatalog.EXIT_SOURCE);
    }

    @AfterAll
    static void disconnect() {
        orders.close();
        fills.close();
        exits.close();
        desk.close();
    }

    @Test
    void positionsTheLogNeverSawAreAdoptedAndEachGetsALiveStopForItsFullQuantity() {
        // given: the account held QQQ (no order) and IWM (all shares held by a lone take-profit) before the start
        await().atMost(DEADLINE).until(TradingDesk::riskManagerActing);

        // when: the risk manager has reconciled and protected
        await().atMost(DEADLINE).pollInterval(Duration.ofMillis(250))
                .until(() -> stopQty(BARE).compareTo(BARE_QTY) == 0 && stopQty(HELD_BY_TAKE_PROFIT).compareTo(HELD_QTY) == 0
                        && liveSellOrders(HELD_BY_TAKE_PROFIT).stream()
                        .noneMatch(order -> "another-bot-iwm-take-profit".equals(order.clientOrderId())));

        // then: the log explains both positions with PositionAdopted at the broker's quantity and price
        assertThat(payloads(fills, PositionAdopted.class, BARE)).singleElement().satisfies(adopted -> {
            assertThat(adopted.qty()).isEqualByComparingTo(BARE_QTY);
            assertThat(adopted.avgEntryPrice()).isEqualByComparingTo("100.00");
        });
        assertThat(payloads(fills, PositionAdopted.class, HELD_BY_TAKE_PROFIT)).singleElement()
                .satisfies(adopted -> assertThat(adopted.qty()).isEqualByComparingTo(HELD_QTY));
        // and the take-profit it never placed was adopted as an order, then cancelled to free the shares
        assertThat(payloads(orders, OrderAccepted.class, HELD_BY_TAKE_PROFIT))
                .anyMatch(accepted -> accepted.clientOrderId().equals("another-bot-iwm-take-profit"));
        assertThat(payloads(orders, OrderCancelRequested.class, HELD_BY_TAKE_PROFIT)).hasSize(1);
        // and one OCO per position, no sale: the broker still holds every share
        assertThat(reprotections(BARE)).hasSize(1);
        assertThat(reprotections(HELD_BY_TAKE_PROFIT)).hasSize(1);
        assertThat(brokerQty(BARE)).isEqualByComparingTo(BARE_QTY);
        assertThat(brokerQty(HELD_BY_TAKE_PROFIT)).isEqualByComparingTo(HELD_QTY);
        assertThat(TradingDesk.protectedNow(BARE)).contains(true);
        assertThat(TradingDesk.protectedNow(HELD_BY_TAKE_PROFIT)).contains(true);
        assertThat(metrics()).contains("tradesuite_reconciliation_differences_total{kind=\"unknown_position\"}");
    }

    @Test
    void aPositionTheBrokerNoLongerHasIsClosedInTheLogAsAManualExitWithoutEndlessRetries() {
        // given: the log holds 10 DIA the broker does not (closed in the dashboard while the stream was down)
        await().atMost(DEADLINE).until(TradingDesk::riskManagerActing);
        OrderFilled bought = new OrderFilled("test-dia-exec-1", "test-dia-order-1", "test-dia-entry", null, Side.BUY,
                com.tradesuite.schemas.event.OrderType.MARKET, BigDecimal.TEN, new BigDecimal("100.00"),
                BigDecimal.TEN, BigDecimal.TEN, false, BigDecimal.TEN, TradingDesk.exchange().now());
        desk.publisher().publish(TopicCatalog.FILLS, EventEnvelope.<FillEvent>withId("fill:test-dia-exec-1", bought,
                CLOSED_OUTSIDE, "risk-manager-service", TradingDesk.exchange().now(), null, null));

        // when: the next reconciliations find the difference
        await().atMost(DEADLINE).pollInterval(Duration.ofMillis(250))
                .until(() -> !payloads(exits, ExitAttributed.class, CLOSED_OUTSIDE).isEmpty());

        // then: the log's position is closed by a PositionReconciled fact, attributed as a MANUAL exit
        assertThat(payloads(fills, PositionReconciled.class, CLOSED_OUTSIDE)).singleElement().satisfies(fact -> {
            assertThat(fact.logQty()).isEqualByComparingTo("10");
            assertThat(fact.brokerQty()).isEqualByComparingTo("0");
        });
        ExitAttributed exit = payloads(exits, ExitAttributed.class, CLOSED_OUTSIDE).get(0);
        assertThat(exit.layer()).isEqualTo(ExitLayer.MANUAL);
        assertThat(exit.qty()).isEqualByComparingTo("10");
        assertThat(exit.positionQtyAfter()).isEqualByComparingTo("0");
        await().atMost(DEADLINE).until(() -> TradingDesk.protectedNow(CLOSED_OUTSIDE).isEmpty());
        // and the refused re-protection waited out its backoff instead of retrying under a fresh id every second
        assertThat(reprotections(CLOSED_OUTSIDE)).hasSizeLessThanOrEqualTo(2);
        assertThat(metrics()).contains("tradesuite_reconciliation_differences_total{kind=\"missing_position\"}");
    }

    private static List<OrderIntentRecorded> reprotections(String symbol) {
        return payloads(orders, OrderIntentRecorded.class, symbol).stream()
                .filter(intent -> intent.purpose() == OrderPurpose.REPROTECT).toList();
    }

    private static List<Order> liveSellOrders(String symbol) {
        return desk.openOrders(symbol).stream()
                .flatMap(order -> Stream.concat(Stream.of(order),
                        order.legs().stream()))
                .filter(order -> order.side() == OrderSide.SELL && !order.status().isTerminal()).toList();
    }

    /** Shares covered by live stop orders at the exchange. */
    private static BigDecimal stopQty(String symbol) {
        return liveSellOrders(symbol).stream().filter(order -> order.type() == OrderType.STOP)
                .map(Order::qty).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static BigDecimal brokerQty(String symbol) {
        Optional<Position> position = desk.client().trading().getPosition(symbol);
        return position.map(Position::qty).orElse(BigDecimal.ZERO);
    }

    private static String metrics() {
        return given().get("/q/metrics").then().statusCode(200).extract().asString();
    }
}
