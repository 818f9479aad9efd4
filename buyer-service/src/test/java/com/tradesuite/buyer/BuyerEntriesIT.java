package com.tradesuite.buyer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import com.tradesuite.domain.order.ClientOrderIds;
import com.tradesuite.domain.order.OrderStatus;
import com.tradesuite.kafka.embedded.KafkaBrokerTestResource;
import com.tradesuite.kafka.embedded.SharedKafkaBroker;
import com.tradesuite.paperexchange.PaperExchangeServer;
import com.tradesuite.paperexchange.engine.OrderQuery;
import com.tradesuite.paperexchange.engine.RejectMode;
import com.tradesuite.paperexchange.order.LegRole;
import com.tradesuite.paperexchange.order.OrderSnapshot;
import com.tradesuite.schemas.event.BarClosed;
import com.tradesuite.schemas.event.CooldownStarted;
import com.tradesuite.schemas.event.EntryDeclined;
import com.tradesuite.schemas.event.EntrySignalled;
import com.tradesuite.schemas.event.EventEnvelope;
import com.tradesuite.schemas.event.OrderAccepted;
import com.tradesuite.schemas.event.OrderCancelRequested;
import com.tradesuite.schemas.event.OrderClass;
import com.tradesuite.schemas.event.OrderEvent;
import com.tradesuite.schemas.event.OrderIntentRecorded;
import com.tradesuite.schemas.event.OrderPurpose;
import com.tradesuite.schemas.event.OrderRejected;
import com.tradesuite.schemas.event.OrderType;
import com.tradesuite.schemas.event.Side;
import com.tradesuite.schemas.topic.TopicCatalog;
import com.tradesuite.service.PaperExchangeTestResource;
import com.tradesuite.service.StateEndpoint;
import com.tradesuite.service.log.EventPublisher;
import com.tradesuite.service.testkit.TopicProbe;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

/**
 * The buyer against the real embedded Kafka broker and a real in-process paper exchange over HTTP: events go in on
 * the topics, decisions come out on {@code orders}, orders arrive at the exchange.
 */
@QuarkusTest
@QuarkusTestResource(KafkaBrokerTestResource.class)
@QuarkusTestResource(PaperExchangeTestResource.class)
class BuyerEntriesIT {

    private static final Duration DEADLINE = Duration.ofSeconds(30);
    /** Market time for the tests; every test moves it forward so signals stay fresh whatever the test order. */
    private static final AtomicReference<Instant> MARKET = new AtomicReference<>(Instant.parse("2026-11-20T14:30:00Z"));

    private static EventPublisher publisher;
    private static TopicProbe<OrderEvent> orders;

    @Inject
    BuyerService buyer;

    @BeforeAll
    static void connect() {
        publisher = new EventPublisher(SharedKafkaBroker.bootstrapServers(), "buyer-it", Duration.ofSeconds(10));
        orders = new TopicProbe<>(TopicCatalog.ORDERS);
    }

    @AfterAll
    static void disconnect() {
        orders.close();
        publisher.close();
    }

    @Test
    void givenASignal_whenPublished_thenAnIntentThenABracketAtTheExchangeAndItsDuplicateChangesNothing() {
        BigDecimal price = exchange().lastPrice("AAPL");
        Instant bar = nextBar(1);
        publishBar("AAPL", bar, price);
        EventEnvelope<EntrySignalled> signal = signal("momentum", "AAPL", bar, price, pct(price, 90), pct(price, 120));
        String signalId = signal.payload().signalId();
        publisher.publish(TopicCatalog.SIGNALS, signal);

        OrderIntentRecorded intent = awaitOne(OrderIntentRecorded.class, signalId);
        String clientOrderId = ClientOrderIds.forEntry(signalId);
        assertThat(intent.clientOrderId()).isEqualTo(clientOrderId);
        assertThat(intent.orderClass()).isEqualTo(OrderClass.BRACKET);
        OrderSnapshot placed = await().atMost(DEADLINE).ignoreExceptions()
                .until(() -> exchange().engine().orderByClientOrderId(clientOrderId), order -> order != null);
        assertThat(placed.orderClass()).isEqualTo(com.tradesuite.paperexchange.order.OrderClass.BRACKET);
        assertThat(placed.qty()).isEqualByComparingTo(intent.qty());
        assertThat(placed.limitPrice()).isEqualByComparingTo(intent.limitPrice());
        assertThat(placed.legs()).extracting(OrderSnapshot::role)
                .containsExactlyInAnyOrder(LegRole.TAKE_PROFIT, LegRole.STOP_LOSS);
        OrderSnapshot takeProfit = leg(placed, LegRole.TAKE_PROFIT);
        OrderSnapshot stopLoss = leg(placed, LegRole.STOP_LOSS);
        assertThat(takeProfit.limitPrice()).isEqualByComparingTo(intent.takeProfitPrice());
        assertThat(stopLoss.stopPrice()).isEqualByComparingTo(intent.stopLossPrice());
        assertStateShowsTheEntryInFlight(intent, bar);

        // The same signal again, then a new one for the same symbol (same partition, so it is handled after the
        // duplicate): its decision proves the duplicate was processed.
        publisher.publish(TopicCatalog.SIGNALS, signal);
        EventEnvelope<EntrySignalled> marker = signal("breakout", "AAPL", bar, price, pct(price, 90), pct(price, 120));
        publisher.publish(TopicCatalog.SIGNALS, marker);

        EntryDeclined markerDecision = awaitOne(EntryDeclined.class, marker.payload().signalId());
        assertThat(markerDecision.check()).isEqualTo("ALREADY_OPEN");
        assertThat(payloads(OrderIntentRecorded.class, signalId)).hasSize(1);
        assertThat(payloads(EntryDeclined.class, signalId)).isEmpty();
        List<OrderSnapshot> atExchange = exchange().engine().orders(OrderQuery.all()).stream()
                .filter(order -> clientOrderId.equals(order.clientOrderId())).toList();
        assertThat(atExchange).hasSize(1);
    }

    @Test
    void givenASymbolInCooldown_whenASignalIsPublished_thenItIsDeclinedWithTheCooldownReason() {
        BigDecimal price = exchange().lastPrice("MSFT");
        Instant bar = nextBar(1);
        publishBar("MSFT", bar, price);
        Instant until = bar.plus(Duration.ofHours(1));
        publisher.publish(TopicCatalog.COOLDOWNS, EventEnvelope.withId("cooldown:it-msft",
                new CooldownStarted(until, "losing exit: realised -120"), "MSFT", "seller-service", bar, null, null));
        // Cooldowns and signals are different topics: wait until the buyer folded the cooldown.
        await().atMost(DEADLINE).until(() -> buyer.state().cooldowns().isCoolingDown("MSFT", bar));

        EventEnvelope<EntrySignalled> signal = signal("momentum", "MSFT", bar, price, pct(price, 90), pct(price, 120));
        publisher.publish(TopicCatalog.SIGNALS, signal);

        EntryDeclined declined = awaitOne(EntryDeclined.class, signal.payload().signalId());
        assertThat(declined.check()).isEqualTo("COOLDOWN");
        assertThat(declined.reason()).isEqualTo("MSFT is cooling down until " + until);
        assertThat(StateEndpoint.state().path("trading").path("cooldowns").path("MSFT").asText())
                .isEqualTo(until.toString());
        assertThat(payloads(OrderIntentRecorded.class, signal.payload().signalId())).isEmpty();
        assertThat(exchange().engine().orders(OrderQuery.all()))
                .noneMatch(order -> ClientOrderIds.forEntry(signal.payload().signalId()).equals(order.clientOrderId()));
    }

    @Test
    void givenTheExchangeRefuses_whenASignalIsPublished_thenOrderRejectedFollowsItsIntent() {
        BigDecimal price = exchange().lastPrice("AMD");
        Instant bar = nextBar(1);
        publishBar("AMD", bar, price);
        exchange().faults().rejectNextOrders(1, RejectMode.HTTP);
        EventEnvelope<EntrySignalled> signal = signal("momentum", "AMD", bar, price, pct(price, 90), pct(price, 120));
        String signalId = signal.payload().signalId();

        publisher.publish(TopicCatalog.SIGNALS, signal);

        OrderRejected rejected = awaitOne(OrderRejected.class, signalId);
        assertThat(rejected.clientOrderId()).isEqualTo(ClientOrderIds.forEntry(signalId));
        assertThat(rejected.code()).isEqualTo(42210000);
        assertThat(rejected.reason()).isEqualTo("HTTP 422 code 42210000: order rejected by paper-exchange (injected fault)");
        assertThat(payloads(OrderIntentRecorded.class, signalId)).hasSize(1);
        List<String> decisions = orders.poll().stream()
                .filter(envelope -> signalId.equals(envelope.correlationId())).map(EventEnvelope::type).toList();
        assertThat(decisions).containsExactly("OrderIntentRecorded", "OrderRejected");
    }

    @Test
    void givenAnEntryNotFilledWithinTheTimeout_whenTheMarketMoves_thenItIsCancelledAtTheExchange() {
        BigDecimal price = exchange().lastPrice("NVDA");
        Instant bar = nextBar(1);
        publishBar("NVDA", bar, price);
        // A limit far below the market: it rests at the exchange unfilled.
        EventEnvelope<EntrySignalled> signal = signal("momentum", "NVDA", bar, pct(price, 80), pct(price, 70),
                pct(price, 90));
        String signalId = signal.payload().signalId();
        publisher.publish(TopicCatalog.SIGNALS, signal);
        OrderIntentRecorded intent = awaitOne(OrderIntentRecorded.class, signalId);
        OrderSnapshot working = await().atMost(DEADLINE).ignoreExceptions()
                .until(() -> exchange().engine().orderByClientOrderId(intent.clientOrderId()), order -> order != null);
        assertThat(working.status().isOpen()).isTrue();
        // What the account watcher would write for it.
        publisher.publish(TopicCatalog.ORDERS, EventEnvelope.withId("order:" + working.id() + ":new",
                new OrderAccepted(working.id(), intent.clientOrderId(), null, Side.BUY, OrderType.LIMIT,
                        OrderClass.BRACKET, intent.qty(), intent.limitPrice(), null, "new"),
                "NVDA", "risk-manager-service", bar.plusSeconds(61), signalId, null));
        await().atMost(DEADLINE).until(() -> buyer.state().orders().byClientOrderId(intent.clientOrderId())
                .map(order -> order.status() == OrderStatus.ACCEPTED).orElse(false));

        publishBar("NVDA", nextBar(6), price);

        OrderCancelRequested cancel = awaitOne(OrderCancelRequested.class, signalId);
        assertThat(cancel.brokerOrderId()).isEqualTo(working.id());
        assertThat(cancel.purpose()).isEqualTo(OrderPurpose.ENTRY_TIMEOUT_CANCEL);
        await().atMost(DEADLINE).until(() -> exchange().engine().order(working.id(), true).status(),
                status -> status == com.tradesuite.paperexchange.order.OrderStatus.CANCELED);
    }

    /** GET /state shows the entry the buyer recorded (nobody writes its acceptance here) and market time. */
    private static void assertStateShowsTheEntryInFlight(OrderIntentRecorded intent, Instant bar) {
        JsonNode state = StateEndpoint.state();
        assertThat(Instant.parse(state.path("marketTime").asText())).isAfterOrEqualTo(bar.plus(Duration.ofMinutes(1)));
        List<JsonNode> entries = StateEndpoint.rows(state.path("trading").path("openOrders"), "clientOrderId",
                intent.clientOrderId());
        assertThat(entries).singleElement().satisfies(entry -> {
            assertThat(entry.path("symbol").asText()).isEqualTo("AAPL");
            assertThat(entry.path("role").asText()).isEqualTo("ENTRY");
            assertThat(entry.path("purpose").asText()).isEqualTo("ENTRY");
            assertThat(entry.path("side").asText()).isEqualTo("buy");
            assertThat(entry.path("status").asText()).isEqualTo("INTENT_RECORDED");
            assertThat(entry.path("qty").decimalValue()).isEqualByComparingTo(intent.qty());
            assertThat(entry.path("limitPrice").decimalValue()).isEqualByComparingTo(intent.limitPrice());
        });
        assertThat(state.path("undecidedSignalIds").isArray()).isTrue();
    }

    private <E extends OrderEvent> E awaitOne(Class<E> type, String correlationId) {
        await().atMost(DEADLINE).until(() -> !payloads(type, correlationId).isEmpty());
        return payloads(type, correlationId).get(0);
    }

    /** The payloads of this type on {@code orders} so far with this correlation id. */
    private static <E extends OrderEvent> List<E> payloads(Class<E> type, String correlationId) {
        return orders.poll(type).stream().filter(envelope -> correlationId.equals(envelope.correlationId()))
                .map(EventEnvelope::payload).toList();
    }

    private static PaperExchangeServer exchange() {
        return PaperExchangeTestResource.server();
    }

    private static Instant nextBar(int minutes) {
        return MARKET.updateAndGet(now -> now.plus(Duration.ofMinutes(minutes)));
    }

    private static void publishBar(String symbol, Instant start, BigDecimal price) {
        BarClosed bar = new BarClosed("1Min", start, price, price, price, price, 1000);
        publisher.publish(TopicCatalog.MARKET_DATA, EventEnvelope.withId("bar:" + symbol + ":" + start, bar, symbol,
                "scanner-service", start.plusSeconds(60), null, null));
    }

    private static EventEnvelope<EntrySignalled> signal(String strategy, String symbol, Instant barTime,
                                                        BigDecimal reference, BigDecimal stop, BigDecimal target) {
        String id = EntrySignalled.signalIdFor(strategy, symbol, barTime);
        EntrySignalled signal = new EntrySignalled(id, strategy, Side.BUY, barTime, reference, stop, target,
                new BigDecimal("1.5"), BigDecimal.ONE);
        return EventEnvelope.withId("signal:" + id, signal, symbol, "scanner-service", barTime.plusSeconds(60), id,
                null);
    }

    private static BigDecimal pct(BigDecimal price, int percent) {
        return price.multiply(BigDecimal.valueOf(percent)).divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
    }

    private static OrderSnapshot leg(OrderSnapshot parent, LegRole role) {
        return parent.legs().stream().filter(leg -> leg.role() == role).findFirst().orElseThrow();
    }
}
