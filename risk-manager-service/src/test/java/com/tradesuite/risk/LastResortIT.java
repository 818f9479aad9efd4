package com.tradesuite.risk;

import static com.tradesuite.risk.Probes.payloads;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.tradesuite.broker.model.Order;
import com.tradesuite.kafka.embedded.KafkaBrokerTestResource;
import com.tradesuite.paperexchange.PaperExchangeServer;
import com.tradesuite.paperexchange.engine.StopFault;
import com.tradesuite.paperexchange.engine.TradeUpdate;
import com.tradesuite.paperexchange.engine.TradeUpdateListener;
import com.tradesuite.paperexchange.order.OrderSide;
import com.tradesuite.paperexchange.order.OrderStatus;
import com.tradesuite.schemas.event.EventEnvelope;
import com.tradesuite.schemas.event.ExitAttributed;
import com.tradesuite.schemas.event.ExitLayer;
import com.tradesuite.schemas.event.ExitSourceEvent;
import com.tradesuite.schemas.event.FillEvent;
import com.tradesuite.schemas.event.OrderCancelRequested;
import com.tradesuite.schemas.event.OrderEvent;
import com.tradesuite.schemas.event.OrderFilled;
import com.tradesuite.schemas.event.OrderIntentRecorded;
import com.tradesuite.schemas.event.OrderPurpose;
import com.tradesuite.schemas.event.Side;
import com.tradesuite.schemas.topic.TopicCatalog;
import com.tradesuite.service.PaperExchangeTestResource;
import com.tradesuite.service.StateEndpoint;
import com.tradesuite.service.testkit.TopicProbe;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Layer 3 against the real exchange with broken stops: when the venue's stop does not fire, the risk manager's
 * fallback exit sells once price has stayed through the stop past its grace; through a gap beyond the hard stop the
 * emergency exit sells at once, cancelling the held legs first; and a stop that fills while the risk manager is
 * cancelling it ends the plan with no second exit and no oversold position.
 */
@QuarkusTest
@QuarkusTestResource(KafkaBrokerTestResource.class)
@QuarkusTestResource(PaperExchangeTestResource.class)
class LastResortIT {

    private static final Duration DEADLINE = Duration.ofSeconds(45);

    private static TradingDesk desk;
    private static TopicProbe<OrderEvent> orders;
    private static TopicProbe<FillEvent> fills;
    private static TopicProbe<ExitSourceEvent> exits;
    private static final List<TradeUpdate> executions = new CopyOnWriteArrayList<>();
    private static final TradeUpdateListener recorder = update -> {
        if (update.isExecution()) {
            executions.add(update);
        }
    };

    private String symbol;

    @BeforeAll
    static void connect() {
        desk = new TradingDesk("last-resort-it");
        orders = new TopicProbe<>(TopicCatalog.ORDERS);
        fills = new TopicProbe<>(TopicCatalog.FILLS);
        exits = new TopicProbe<>(TopicCatalog.EXIT_SOURCE);
        exchange().engine().addListener(recorder);
    }

    @AfterAll
    static void disconnect() {
        exchange().engine().removeListener(recorder);
        orders.close();
        fills.close();
        exits.close();
        desk.close();
    }

    @BeforeEach
    void riskManagerIsActing() {
        await().atMost(DEADLINE).until(TradingDesk::riskManagerActing);
    }

    @AfterEach
    void repairStops() {
        if (symbol != null) {
            exchange().faults().breakStops(symbol, null);
        }
    }

    @Test
    void theFallbackExitSellsWhenPriceStaysThroughAStopThatDidNotFire() {
        // given a protected position whose stop at the venue is broken
        symbol = "NVDA";
        Order entry = desk.enterWithBracket(symbol, "signal-fallback", "95.00", "110.00");
        await().atMost(DEADLINE).until(() -> TradingDesk.protectedNow(symbol).orElse(false));
        exchange().faults().breakStops(symbol, StopFault.NEVER_TRIGGERS);

        // when price trades through the stop and stays there, bar after bar
        exchange().setPrice(symbol, new BigDecimal("94.50"));
        assertThat(sellsAtExchange()).as("the broken stop did not fire").isEmpty();
        await().atMost(DEADLINE).pollInterval(Duration.ofMillis(500))
                .until(() -> minutePasses("94.50") && !payloads(exits, ExitAttributed.class, symbol).isEmpty());

        // then one market exit of the whole position, by layer 3's fallback, after the legs were cancelled
        ExitAttributed exit = onlyExit();
        assertThat(exit.layer()).isEqualTo(ExitLayer.RISK_SOFT_STOP);
        assertThat(exit.reason()).isEqualTo("fallback exit");
        assertThat(exit.qty()).isEqualByComparingTo(TradingDesk.TEN);
        assertThat(exit.price()).isEqualByComparingTo("94.50");
        // (the exit record can be read before the observer's tail of orders has caught up with the intent)
        await().atMost(DEADLINE).untilAsserted(() -> {
            assertSoldOnceByThe(OrderPurpose.FALLBACK_EXIT, new BigDecimal("94.50"));
            assertLegsCancelledBeforeTheExitIntent(entry, OrderPurpose.FALLBACK_EXIT);
        });
        assertFlat();
    }

    @Test
    void theEmergencyHardStopSellsAtOnceThroughAGapBeyondIt() {
        // given a protected position (entry 100, stop 95: the hard stop at 2R is 90) whose stop is broken
        symbol = "SPY";
        Order entry = desk.enterWithBracket(symbol, "signal-hard-stop", "95.00", "110.00");
        await().atMost(DEADLINE).until(() -> TradingDesk.protectedNow(symbol).orElse(false));
        exchange().faults().breakStops(symbol, StopFault.NEVER_TRIGGERS);

        // when price gaps to 85, far beyond the hard stop, for one bar
        exchange().gapTo(symbol, new BigDecimal("85.00"));
        minutePasses("85.00");

        // then the emergency exit sells the whole position without waiting for a grace
        await().atMost(DEADLINE).until(() -> !payloads(exits, ExitAttributed.class, symbol).isEmpty());
        ExitAttributed exit = onlyExit();
        assertThat(exit.layer()).isEqualTo(ExitLayer.RISK_HARD_STOP);
        assertThat(exit.reason()).isEqualTo("emergency hard stop");
        assertThat(exit.price()).isEqualByComparingTo("85.00");
        await().atMost(DEADLINE).untilAsserted(() -> {
            assertSoldOnceByThe(OrderPurpose.EMERGENCY_EXIT, new BigDecimal("85.00"));
            assertLegsCancelledBeforeTheExitIntent(entry, OrderPurpose.EMERGENCY_EXIT);
        });
        assertFlat();
    }

    @Test
    void aStopThatFillsWhileTheRiskManagerCancelsItLeadsToNoSecondExit() {
        // given a protected position whose stop fires late: only when its group is being cancelled
        symbol = "TSLA";
        Order entry = desk.enterWithBracket(symbol, "signal-race", "95.00", "110.00");
        Order stopLeg = TradingDesk.stopLegOf(entry);
        await().atMost(DEADLINE).until(() -> TradingDesk.protectedNow(symbol).orElse(false));
        exchange().faults().breakStops(symbol, StopFault.FILLS_ON_CANCEL);

        // when price stays through the stop until the fallback starts cancelling the legs
        exchange().setPrice(symbol, new BigDecimal("94.00"));
        await().atMost(DEADLINE).pollInterval(Duration.ofMillis(500))
                .until(() -> minutePasses("94.00") && !payloads(exits, ExitAttributed.class, symbol).isEmpty());
        // and more bars through the stop follow, each a chance for a second exit
        Instant settledAfter = exchange().now();
        for (int i = 0; i < 3; i++) {
            minutePasses("93.90");
        }
        awaitRiskManagerFoldedBarsUpTo(settledAfter);

        // then the stop leg's fill was the only exit: attributed to the bracket, nothing sold twice
        await().atMost(DEADLINE).untilAsserted(() -> assertThat(payloads(orders, OrderCancelRequested.class, symbol))
                .as("the fallback was cancelling the legs").isNotEmpty());
        ExitAttributed exit = onlyExit();
        assertThat(exit.layer()).isEqualTo(ExitLayer.EXCHANGE_BRACKET);
        assertThat(exit.brokerOrderId()).isEqualTo(stopLeg.id());
        assertThat(sellsAtExchange()).singleElement().satisfies(sell -> {
            assertThat(sell.order().id()).isEqualTo(stopLeg.id());
            assertThat(sell.qty()).isEqualByComparingTo(TradingDesk.TEN);
        });
        assertThat(payloads(orders, OrderIntentRecorded.class, symbol)).as("no exit order was placed after the fill")
                .noneMatch(intent -> intent.purpose() == OrderPurpose.FALLBACK_EXIT
                        || intent.purpose() == OrderPurpose.EMERGENCY_EXIT);
        assertFlat();
    }

    private static PaperExchangeServer exchange() {
        return PaperExchangeTestResource.server();
    }

    /**
     * One minute of market time passes for the test's symbol: the exchange clock moves (no generated bars: prices
     * stay where the test put them) and the scanner's bar for that minute closes at {@code close}. Returns true.
     */
    private boolean minutePasses(String close) {
        Instant barStart = exchange().now().truncatedTo(ChronoUnit.MINUTES);
        exchange().engine().clock().moveTo(barStart.plus(Duration.ofMinutes(1)));
        desk.barClosed(symbol, barStart, close);
        return true;
    }

    private List<TradeUpdate> sellsAtExchange() {
        return executions.stream().filter(update -> update.order().symbol().equals(symbol)
                && update.order().side() == OrderSide.SELL).toList();
    }

    private ExitAttributed onlyExit() {
        List<ExitAttributed> attributed = payloads(exits, ExitAttributed.class, symbol);
        assertThat(attributed).as("exit-source records of %s", symbol).hasSize(1);
        return attributed.get(0);
    }

    /** The exchange executed one sell of the whole position, for the order the exit intent named. */
    private void assertSoldOnceByThe(OrderPurpose purpose, BigDecimal price) {
        List<OrderIntentRecorded> exitIntents = payloads(orders, OrderIntentRecorded.class, symbol).stream()
                .filter(intent -> intent.purpose() == purpose).toList();
        assertThat(exitIntents).as("%s intents", purpose).hasSize(1);
        assertThat(sellsAtExchange()).singleElement().satisfies(sell -> {
            assertThat(sell.order().clientOrderId()).isEqualTo(exitIntents.get(0).clientOrderId());
            assertThat(sell.qty()).isEqualByComparingTo(TradingDesk.TEN);
            assertThat(sell.price()).isEqualByComparingTo(price);
        });
        assertThat(payloads(fills, OrderFilled.class, symbol)).filteredOn(fill -> fill.side() == Side.SELL)
                .singleElement().satisfies(fill -> assertThat(fill.positionQtyAfter()).isZero());
    }

    /** Cancel-then-exit: every leg's cancel request is on the log before the exit's intent. */
    private void assertLegsCancelledBeforeTheExitIntent(Order entry, OrderPurpose purpose) {
        List<EventEnvelope<OrderEvent>> log = orders.poll().stream().filter(e -> e.symbol().equals(symbol)).toList();
        int intentAt = indexOf(log, e -> e.payload() instanceof OrderIntentRecorded intent
                && intent.purpose() == purpose);
        for (Order leg : entry.legs()) {
            int cancelAt = indexOf(log, e -> e.payload() instanceof OrderCancelRequested cancel
                    && cancel.brokerOrderId().equals(leg.id()));
            assertThat(cancelAt).as("cancel request of leg %s", leg.id()).isNotNegative().isLessThan(intentAt);
        }
        assertThat(exchange().engine().order(TradingDesk.stopLegOf(entry).id(), false).status())
                .isEqualTo(OrderStatus.CANCELED);
    }

    private void assertFlat() {
        await().atMost(DEADLINE).untilAsserted(() -> {
            assertThat(exchange().engine().positions()).noneMatch(position -> position.symbol().equals(symbol));
            assertThat(TradingDesk.protectedNow(symbol)).as("the risk manager sees no open position").isEmpty();
        });
    }

    /** Waits until the risk manager's state shows market time at or past {@code instant}. */
    private static void awaitRiskManagerFoldedBarsUpTo(Instant instant) {
        await().atMost(DEADLINE).until(() -> {
            String marketTime = StateEndpoint.state().path("marketTime").asText("");
            return !marketTime.isEmpty() && !Instant.parse(marketTime).isBefore(instant.plus(Duration.ofMinutes(3)));
        });
    }

    private static int indexOf(List<EventEnvelope<OrderEvent>> log,
                               Predicate<EventEnvelope<OrderEvent>> match) {
        for (int i = 0; i < log.size(); i++) {
            if (match.test(log.get(i))) {
                return i;
            }
        }
        return -1;
    }
}
