package com.tradesuite.risk;

import static com.tradesuite.risk.Probes.payloads;
import static com.tradesuite.risk.Probes.envelopes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.tradesuite.broker.BrokerClient;
import com.tradesuite.broker.model.Order;
import com.tradesuite.broker.model.OrderSide;
import com.tradesuite.broker.model.OrderType;
import com.tradesuite.broker.request.OrderRequest;
import com.tradesuite.kafka.embedded.KafkaBrokerTestResource;
import com.tradesuite.paperexchange.PaperExchangeServer;
import com.tradesuite.paperexchange.engine.TradeUpdateListener;
import com.tradesuite.schemas.event.EventEnvelope;
import com.tradesuite.schemas.event.ExitAttributed;
import com.tradesuite.schemas.event.ExitLayer;
import com.tradesuite.schemas.event.ExitSourceEvent;
import com.tradesuite.schemas.event.FillEvent;
import com.tradesuite.schemas.event.OrderAccepted;
import com.tradesuite.schemas.event.OrderCanceled;
import com.tradesuite.schemas.event.OrderClass;
import com.tradesuite.schemas.event.OrderEvent;
import com.tradesuite.schemas.event.OrderFilled;
import com.tradesuite.schemas.event.OrderIntentRecorded;
import com.tradesuite.schemas.event.OrderPurpose;
import com.tradesuite.schemas.topic.TopicCatalog;
import com.tradesuite.service.PaperExchangeTestResource;
import com.tradesuite.service.StateEndpoint;
import com.tradesuite.service.testkit.TopicProbe;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The risk manager against the real embedded Kafka and the real paper exchange over HTTP and websocket: the seed
 * incident (a stop leg canceled under an open position) is re-protected with one OCO for the full quantity, every
 * broker fill reaches {@code fills} exactly once across stream drops, and a stop-leg fill is attributed to layer 1.
 */
@QuarkusTest
@QuarkusTestResource(KafkaBrokerTestResource.class)
@QuarkusTestResource(PaperExchangeTestResource.class)
class RiskManagerIT {

    private static final Duration DEADLINE = Duration.ofSeconds(45);
    private static final BigDecimal TEN = TradingDesk.TEN;

    private static TradingDesk desk;
    private static BrokerClient client;
    private static TopicProbe<OrderEvent> orders;
    private static TopicProbe<FillEvent> fills;
    private static TopicProbe<ExitSourceEvent> exits;

    @BeforeAll
    static void connect() {
        desk = new TradingDesk("risk-manager-it");
        client = desk.client();
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

    @BeforeEach
    void serviceIsWatchingTheBroker() {
        await().atMost(DEADLINE).until(TradingDesk::riskManagerActing);
    }

    @Test
    void reprotectsThePositionWhenItsStopLegIsCanceledAtTheExchange() {
        String symbol = "AAPL";
        Order entry = desk.enterWithBracket(symbol, "signal-seed", "95.00", "110.00");
        Order stopLeg = TradingDesk.stopLegOf(entry);
        await().atMost(DEADLINE).until(() -> TradingDesk.protectedNow(symbol).orElse(false));

        // The incident: the stop leg disappears at the broker (the exchange takes the take-profit with it).
        client.trading().cancelOrder(stopLeg.id());

        await().atMost(DEADLINE).until(() -> openOco(symbol).isPresent());
        Order oco = openOco(symbol).orElseThrow();
        assertThat(oco.side()).isEqualTo(OrderSide.SELL);
        assertThat(oco.qty()).isEqualByComparingTo(TEN);
        assertThat(oco.limitPrice()).isEqualByComparingTo("110.00");
        assertThat(oco.legs()).singleElement().satisfies(leg -> {
            assertThat(leg.type()).isEqualTo(OrderType.STOP);
            assertThat(leg.qty()).isEqualByComparingTo(TEN);
            assertThat(leg.stopPrice()).isEqualByComparingTo("95.00");
        });
        // The OCO is then the only open order of the symbol (its listing can lag the OCO lookup by a moment).
        await().atMost(DEADLINE).untilAsserted(() ->
                assertThat(desk.openOrders(symbol)).extracting(Order::id).containsExactly(oco.id()));

        await().atMost(DEADLINE).untilAsserted(() -> {
            List<EventEnvelope<OrderEvent>> intents = envelopes(orders, OrderIntentRecorded.class, symbol);
            assertThat(intents).filteredOn(e -> ((OrderIntentRecorded) e.payload()).purpose() == OrderPurpose.REPROTECT)
                    .singleElement().satisfies(envelope -> {
                        OrderIntentRecorded intent = (OrderIntentRecorded) envelope.payload();
                        assertThat(envelope.eventId()).isEqualTo("intent:" + oco.clientOrderId());
                        assertThat(envelope.correlationId()).isEqualTo("signal-seed");
                        assertThat(intent.clientOrderId()).isEqualTo(oco.clientOrderId());
                        assertThat(intent.orderClass()).isEqualTo(OrderClass.OCO);
                        assertThat(intent.qty()).isEqualByComparingTo(TEN);
                        assertThat(intent.stopLossPrice()).isEqualByComparingTo("95.00");
                    });
            assertThat(payloads(orders, OrderCanceled.class, symbol)).extracting(OrderCanceled::brokerOrderId)
                    .contains(stopLeg.id());
            assertThat(payloads(orders, OrderAccepted.class, symbol)).extracting(OrderAccepted::brokerOrderId)
                    .contains(oco.id(), oco.legs().get(0).id());
        });
        // Intent first: the OCO's intent precedes its acceptance on the log.
        List<String> orderIds = orders.poll().stream().filter(e -> e.symbol().equals(symbol))
                .map(EventEnvelope::eventId).toList();
        assertThat(orderIds.indexOf("intent:" + oco.clientOrderId()))
                .isLessThan(orderIds.indexOf("order:" + oco.id() + ":new"));
        assertThat(payloads(fills, OrderFilled.class, symbol)).singleElement().satisfies(fill -> {
            assertThat(fill.brokerOrderId()).isEqualTo(entry.id());
            assertThat(fill.qty()).isEqualByComparingTo(TEN);
            assertThat(fill.price()).isEqualByComparingTo("100.00");
        });
        await().atMost(DEADLINE).until(() -> TradingDesk.protectedNow(symbol).orElse(false));
        assertStateShowsThePositionProtectedByTheOco(symbol, oco);
    }

    @Test
    void everyBrokerFillIsLoggedExactlyOnceAcrossStreamDrops() {
        String symbol = "AMD";
        PaperExchangeServer server = PaperExchangeTestResource.server();
        server.setPrice(symbol, new BigDecimal("50.00"));
        Map<String, BigDecimal> executedAtExchange = new ConcurrentHashMap<>();
        TradeUpdateListener recorder = update -> {
            if (update.isExecution() && symbol.equals(update.order().symbol())) {
                executedAtExchange.merge(update.order().id(), update.qty(), BigDecimal::add);
            }
        };
        server.engine().addListener(recorder);
        try {
            for (int i = 0; i < 4; i++) {
                server.dropStreams();
                client.trading().submitOrder(OrderRequest.market(symbol, OrderSide.BUY, new BigDecimal("5"))
                        .withClientOrderId("it-drop-" + i));
            }
            await().atMost(DEADLINE).untilAsserted(() ->
                    assertSameQuantities(loggedQtyByOrder(symbol), executedAtExchange));
            // One more drop, then a marker fill: the reconnect's catch-up is delivered before the marker.
            server.dropStreams();
            Order marker = client.trading().submitOrder(OrderRequest.market(symbol, OrderSide.BUY, BigDecimal.ONE)
                    .withClientOrderId("it-drop-marker"));
            await().atMost(DEADLINE).until(() -> loggedQtyByOrder(symbol).containsKey(marker.id()));
        } finally {
            server.engine().removeListener(recorder);
        }
        assertThat(executedAtExchange).hasSizeGreaterThanOrEqualTo(5);
        assertSameQuantities(loggedQtyByOrder(symbol), executedAtExchange);
        List<OrderFilled> logged = payloads(fills, OrderFilled.class, symbol);
        assertThat(logged).extracting(OrderFilled::executionId).doesNotHaveDuplicates();
        assertThat(logged).extracting(fill -> fill.brokerOrderId() + "@" + fill.cumulativeQty().toPlainString())
                .doesNotHaveDuplicates();
    }

    @Test
    void aStopLegFillIsAttributedToTheExchangeBracketWithItsPnl() {
        String symbol = "MSFT";
        Order entry = desk.enterWithBracket(symbol, "signal-stop", "95.00", "110.00");
        Order stopLeg = TradingDesk.stopLegOf(entry);
        await().atMost(DEADLINE).until(() -> TradingDesk.protectedNow(symbol).orElse(false));

        // A gap through the stop: the stop leg fills at the gap price, 94.
        PaperExchangeTestResource.server().gapTo(symbol, new BigDecimal("94.00"));

        await().atMost(DEADLINE).until(() -> !payloads(exits, ExitAttributed.class, symbol).isEmpty()
                && payloads(fills, OrderFilled.class, symbol).stream()
                .anyMatch(fill -> fill.brokerOrderId().equals(stopLeg.id())));
        OrderFilled stopFill = payloads(fills, OrderFilled.class, symbol).stream()
                .filter(fill -> fill.brokerOrderId().equals(stopLeg.id())).findFirst().orElseThrow();
        assertThat(stopFill.parentOrderId()).isEqualTo(entry.id());
        List<EventEnvelope<ExitSourceEvent>> attributions = envelopes(exits, ExitAttributed.class, symbol);
        assertThat(attributions).singleElement().satisfies(envelope -> {
            ExitAttributed exit = (ExitAttributed) envelope.payload();
            assertThat(envelope.eventId()).isEqualTo("exit:" + stopFill.executionId());
            assertThat(envelope.correlationId()).isEqualTo("signal-stop");
            assertThat(exit.layer()).isEqualTo(ExitLayer.EXCHANGE_BRACKET);
            assertThat(exit.reason()).isEqualTo("stop-loss leg");
            assertThat(exit.brokerOrderId()).isEqualTo(stopLeg.id());
            assertThat(exit.price()).isEqualByComparingTo("94.00");
            assertThat(exit.qty()).isEqualByComparingTo(TEN);
            assertThat(exit.realizedPnl()).isEqualByComparingTo("-60");
            assertThat(exit.rMultiple()).isEqualByComparingTo("-1.2");
            assertThat(exit.positionQtyAfter()).isEqualByComparingTo("0");
        });
    }

    /** GET /state shows the folded position, the re-protecting OCO among its open orders and its verdict. */
    private static void assertStateShowsThePositionProtectedByTheOco(String symbol, Order oco) {
        await().atMost(DEADLINE).untilAsserted(() -> {
            JsonNode state = StateEndpoint.state();
            assertThat(state.path("marketTime").isTextual()).isTrue();
            assertThat(StateEndpoint.rows(state.path("trading").path("positions"), "symbol", symbol))
                    .singleElement().satisfies(position -> {
                        assertThat(position.path("qty").decimalValue()).isEqualByComparingTo(TEN);
                        assertThat(position.path("avgEntryPrice").decimalValue()).isEqualByComparingTo("100.00");
                        assertThat(position.path("initialStopPrice").decimalValue()).isEqualByComparingTo("95.00");
                    });
            assertThat(StateEndpoint.rows(state.path("trading").path("openOrders"), "clientOrderId",
                    oco.clientOrderId())).singleElement().satisfies(order -> {
                        assertThat(order.path("brokerOrderId").asText()).isEqualTo(oco.id());
                        assertThat(order.path("purpose").asText()).isEqualTo("REPROTECT");
                        assertThat(order.path("status").asText()).isEqualTo("ACCEPTED");
                        assertThat(order.path("qty").decimalValue()).isEqualByComparingTo(TEN);
                    });
            assertThat(StateEndpoint.rows(state.path("protection"), "symbol", symbol)).singleElement()
                    .satisfies(row -> assertThat(row.path("protected").asBoolean()).isTrue());
        });
    }

    private static Optional<Order> openOco(String symbol) {
        return desk.openOrders(symbol).stream()
                .filter(order -> order.orderClass() == com.tradesuite.broker.model.OrderClass.OCO).findFirst();
    }

    private static Map<String, BigDecimal> loggedQtyByOrder(String symbol) {
        Map<String, BigDecimal> byOrder = new HashMap<>();
        payloads(fills, OrderFilled.class, symbol)
                .forEach(fill -> byOrder.merge(fill.brokerOrderId(), fill.qty(), BigDecimal::add));
        return byOrder;
    }

    private static void assertSameQuantities(Map<String, BigDecimal> logged, Map<String, BigDecimal> executed) {
        assertThat(logged.keySet()).containsExactlyInAnyOrderElementsOf(executed.keySet());
        executed.forEach((orderId, qty) -> assertThat(logged.get(orderId)).as("logged qty of %s", orderId)
                .isEqualByComparingTo(qty));
    }
}
