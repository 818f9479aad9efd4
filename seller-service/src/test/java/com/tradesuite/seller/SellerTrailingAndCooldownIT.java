package com.tradesuite.seller;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import com.tradesuite.broker.BrokerClient;
import com.tradesuite.broker.model.Order;
import com.tradesuite.broker.model.OrderSide;
import com.tradesuite.broker.request.BracketEntry;
import com.tradesuite.domain.order.OrderStatus;
import com.tradesuite.domain.order.TrackedOrder;
import com.tradesuite.kafka.embedded.KafkaBrokerTestResource;
import com.tradesuite.kafka.embedded.SharedKafkaBroker;
import com.tradesuite.paperexchange.PaperExchangeServer;
import com.tradesuite.paperexchange.order.OrderSnapshot;
import com.tradesuite.schemas.event.BarClosed;
import com.tradesuite.schemas.event.CooldownEvent;
import com.tradesuite.schemas.event.CooldownStarted;
import com.tradesuite.schemas.event.EventEnvelope;
import com.tradesuite.schemas.event.ExitAttributed;
import com.tradesuite.schemas.event.ExitLayer;
import com.tradesuite.schemas.event.OrderClass;
import com.tradesuite.schemas.event.OrderEvent;
import com.tradesuite.schemas.event.OrderIntentRecorded;
import com.tradesuite.schemas.event.OrderPurpose;
import com.tradesuite.schemas.event.OrderReplaceRequested;
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
 * The seller on the real embedded broker and the real paper exchange: a bracket position's stop leg is replaced
 * upward at the exchange as bars rise and never lowered when they fall back; a losing exit starts one cooldown.
 */
@QuarkusTest
@QuarkusTestResource(KafkaBrokerTestResource.class)
@QuarkusTestResource(PaperExchangeTestResource.class)
class SellerTrailingAndCooldownIT {

    private static final String SYMBOL = "AAPL";
    private static final String SIGNAL = "signal-it-aapl-1";
    private static final Duration DEADLINE = Duration.ofSeconds(30);

    @Inject
    SellerService seller;

    @Inject
    BrokerClient broker;

    private PaperExchangeServer exchange;
    private EventPublisher publisher;
    private ExchangeWatcherStub watcher;
    private TopicProbe<OrderEvent> orders;
    private TopicProbe<CooldownEvent> cooldownLog;
    private Instant firstBar;

    @BeforeEach
    void connect() {
        exchange = PaperExchangeTestResource.server();
        publisher = new EventPublisher(SharedKafkaBroker.bootstrapServers(), "seller-it", Duration.ofSeconds(10));
        watcher = new ExchangeWatcherStub(exchange, publisher, SIGNAL);
        firstBar = exchange.now().truncatedTo(ChronoUnit.MINUTES);
        orders = new TopicProbe<>(TopicCatalog.ORDERS);
        cooldownLog = new TopicProbe<>(TopicCatalog.COOLDOWNS);
    }

    @AfterEach
    void disconnect() {
        watcher.close();
        publisher.close();
        orders.close();
        cooldownLog.close();
    }

    @Test
    void trailsTheBracketStopLegUpAtTheExchangeNeverDownAndCoolsDownOnceAfterALoss() {
        String entryId = openBracketPosition();
        await().atMost(DEADLINE).until(() -> seller.liveStop(SYMBOL).map(TrackedOrder::stopPrice)
                .filter(stop -> stop.compareTo(new BigDecimal("95")) == 0).isPresent());
        String originalLeg = stopLeg(entryId).id();

        // Three bars of range 1 seed ATR(3) = 1: stop 100 - 2 x 1.
        publishBar(0, "100");
        publishBar(1, "100");
        publishBar(2, "100");
        awaitStop(entryId, "98.00");
        publishBar(3, "102");
        awaitStop(entryId, "99.00");
        publishBar(4, "104");
        awaitStop(entryId, "100.33");

        // Prices fall back and the ATR widens: the seller folds the bars and leaves the stop alone.
        publishBar(5, "101");
        publishBar(6, "100");
        publishBar(7, "99.50");
        Instant marketTime = barStart(8);
        await().atMost(DEADLINE).until(() -> seller.marketTime().filter(marketTime::equals).isPresent());

        OrderSnapshot leg = stopLeg(entryId);
        assertStateShowsThePositionAndItsTrailedStop(leg, marketTime);
        assertThat(leg.stopPrice()).isEqualByComparingTo("100.33");
        assertThat(leg.status().wire()).isEqualTo("held");
        assertThat(leg.id()).isNotEqualTo(originalLeg);
        await().atMost(DEADLINE).until(() -> replaceIntents().size() >= 3);
        List<EventEnvelope<OrderReplaceRequested>> intents = replaceIntents();
        assertThat(intents).extracting(intent -> intent.payload().stopPrice().toPlainString())
                .containsExactly("98.00", "99.00", "100.33");
        assertThat(intents).allSatisfy(intent -> {
            assertThat(intent.eventId()).isEqualTo("replace:" + intent.payload().newClientOrderId());
            assertThat(intent.payload().purpose()).isEqualTo(OrderPurpose.TRAILING_STOP);
            assertThat(intent.correlationId()).isEqualTo(SIGNAL);
        });
        assertThat(leg.clientOrderId()).isEqualTo(intents.get(2).payload().newClientOrderId());
        assertThat(intents.get(0).payload().brokerOrderId()).isEqualTo(originalLeg);

        // A losing exit, twice (a redelivered attribution): one cooldown from market time.
        EventEnvelope<ExitAttributed> loss = losingExit("it-exec-1", marketTime);
        publisher.publish(TopicCatalog.EXIT_SOURCE, loss);
        publisher.publish(TopicCatalog.EXIT_SOURCE, loss);
        // A later bar and a second loss: once its cooldown is there, the duplicate has been handled too.
        publishBar(8, "99");
        publisher.publish(TopicCatalog.EXIT_SOURCE, losingExit("it-exec-2", barStart(9)));
        await().atMost(DEADLINE).until(() -> cooldownIds().contains("cooldown:it-exec-2"));

        List<EventEnvelope<CooldownEvent>> cooldowns = cooldownLog.poll();
        assertThat(cooldowns).extracting(EventEnvelope::eventId).containsOnlyOnce("cooldown:it-exec-1");
        EventEnvelope<CooldownEvent> first = cooldowns.stream()
                .filter(event -> event.eventId().equals("cooldown:it-exec-1")).findFirst().orElseThrow();
        assertThat(((CooldownStarted) first.payload()).until()).isEqualTo(marketTime.plus(Duration.ofMinutes(30)));
        assertThat(first.symbol()).isEqualTo(SYMBOL);
        assertThat(first.source()).isEqualTo("seller-service");
        await().atMost(DEADLINE).ignoreExceptions().untilAsserted(() -> assertThat(Instant.parse(StateEndpoint.state()
                .path("trading").path("cooldowns").path(SYMBOL).asText("none")))
                .isAfterOrEqualTo(marketTime.plus(Duration.ofMinutes(30))));
    }

    /** GET /state shows what the seller folded: the open position, its trailed stop leg and market time. */
    private void assertStateShowsThePositionAndItsTrailedStop(OrderSnapshot leg, Instant marketTime) {
        await().atMost(DEADLINE).untilAsserted(() -> {
            JsonNode state = StateEndpoint.state();
            assertThat(Instant.parse(state.path("marketTime").asText())).isEqualTo(marketTime);
            List<JsonNode> positions = StateEndpoint.rows(state.path("trading").path("positions"), "symbol", SYMBOL);
            assertThat(positions).singleElement().satisfies(position -> {
                assertThat(position.path("qty").decimalValue()).isEqualByComparingTo("10");
                assertThat(position.path("avgEntryPrice").decimalValue()).isEqualByComparingTo("100");
                assertThat(position.path("initialStopPrice").decimalValue()).isEqualByComparingTo("95");
                assertThat(position.path("takeProfitPrice").decimalValue()).isEqualByComparingTo("130");
            });
            List<JsonNode> stops = StateEndpoint.rows(state.path("trading").path("openOrders"), "clientOrderId",
                    leg.clientOrderId());
            assertThat(stops).singleElement().satisfies(stop -> {
                assertThat(stop.path("brokerOrderId").asText()).isEqualTo(leg.id());
                assertThat(stop.path("symbol").asText()).isEqualTo(SYMBOL);
                assertThat(stop.path("role").asText()).isEqualTo("STOP_LOSS_LEG");
                assertThat(stop.path("purpose").asText()).isEqualTo("TRAILING_STOP");
                assertThat(stop.path("side").asText()).isEqualTo("sell");
                assertThat(stop.path("status").asText()).isEqualTo("ACCEPTED");
                assertThat(stop.path("qty").decimalValue()).isEqualByComparingTo("10");
                assertThat(stop.path("stopPrice").decimalValue()).isEqualByComparingTo("100.33");
            });
            assertThat(state.path("uncooledLosses").isArray()).isTrue();
        });
    }

    /** Intent first, as the buyer would, then the bracket at the exchange; the watcher stub records the rest. */
    private String openBracketPosition() {
        exchange.setPrice(SYMBOL, new BigDecimal("100"));
        String clientOrderId = "entry-it-aapl-1";
        publisher.publish(TopicCatalog.ORDERS, EventEnvelope.withId("intent:" + clientOrderId,
                new OrderIntentRecorded(clientOrderId, OrderPurpose.ENTRY, Side.BUY, OrderType.MARKET,
                        OrderClass.BRACKET, new BigDecimal("10"), null, null, new BigDecimal("130"),
                        new BigDecimal("95"), "gtc", "momentum"), SYMBOL, "buyer-service", exchange.now(), SIGNAL,
                null));
        Order entry = broker.trading().submitOrder(BracketEntry.of(SYMBOL, OrderSide.BUY, new BigDecimal("10"))
                .market().takeProfit(new BigDecimal("130")).stopLoss(new BigDecimal("95"))
                .clientOrderId(clientOrderId).build());
        // The market runs ahead of the trailed stops, so no stop triggers while the test moves them.
        exchange.setPrice(SYMBOL, new BigDecimal("110"));
        return entry.id();
    }

    private OrderSnapshot stopLeg(String entryId) {
        return exchange.engine().order(entryId, true).legs().stream()
                .filter(leg -> leg.stopPrice() != null).findFirst().orElseThrow();
    }

    /** The exchange holds the stop, and the seller has folded the watcher's record of the replace. */
    private void awaitStop(String entryId, String stop) {
        await().atMost(DEADLINE).until(() -> stopLeg(entryId).stopPrice().compareTo(new BigDecimal(stop)) == 0);
        await().atMost(DEADLINE).until(() -> {
            Optional<TrackedOrder> live = seller.liveStop(SYMBOL);
            return live.isPresent() && live.get().status() == OrderStatus.ACCEPTED
                    && live.get().stopPrice().compareTo(new BigDecimal(stop)) == 0;
        });
    }

    private Instant barStart(int minute) {
        return firstBar.plus(Duration.ofMinutes(minute));
    }

    private void publishBar(int minute, String close) {
        BigDecimal c = new BigDecimal(close);
        BarClosed bar = new BarClosed("1Min", barStart(minute), c, c.add(new BigDecimal("0.5")),
                c.subtract(new BigDecimal("0.5")), c, 10_000);
        publisher.publish(TopicCatalog.MARKET_DATA, EventEnvelope.withId("bar:" + SYMBOL + ":" + barStart(minute),
                bar, SYMBOL, "scanner-service", barStart(minute + 1), null, null));
    }

    private EventEnvelope<ExitAttributed> losingExit(String executionId, Instant at) {
        ExitAttributed exit = new ExitAttributed(executionId, "broker-" + executionId, "client-" + executionId,
                ExitLayer.SELLER, "trailing stop", OrderType.STOP, new BigDecimal("98"), new BigDecimal("1"),
                new BigDecimal("-2.00"), new BigDecimal("-0.4"), new BigDecimal("9"));
        return EventEnvelope.withId("exit:" + executionId, exit, SYMBOL, "risk-manager", at, SIGNAL, null);
    }

    private List<EventEnvelope<OrderReplaceRequested>> replaceIntents() {
        return orders.poll(OrderReplaceRequested.class).stream().filter(event -> event.symbol().equals(SYMBOL))
                .toList();
    }

    private List<String> cooldownIds() {
        return cooldownLog.poll().stream().map(EventEnvelope::eventId).toList();
    }
}
