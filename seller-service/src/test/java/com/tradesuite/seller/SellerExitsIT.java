package com.tradesuite.seller;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.tradesuite.broker.BrokerClient;
import com.tradesuite.broker.model.Order;
import com.tradesuite.broker.model.OrderSide;
import com.tradesuite.broker.request.BracketEntry;
import com.tradesuite.domain.TradingState;
import com.tradesuite.domain.exit.ExitAttribution;
import com.tradesuite.domain.pnl.TradingDay;
import com.tradesuite.kafka.embedded.KafkaBrokerTestResource;
import com.tradesuite.kafka.embedded.SharedKafkaBroker;
import com.tradesuite.paperexchange.PaperExchangeServer;
import com.tradesuite.paperexchange.order.OrderSnapshot;
import com.tradesuite.paperexchange.order.OrderStatus;
import com.tradesuite.schemas.event.BarClosed;
import com.tradesuite.schemas.event.EventEnvelope;
import com.tradesuite.schemas.event.ExitAttributed;
import com.tradesuite.schemas.event.ExitLayer;
import com.tradesuite.schemas.event.ExitSignalled;
import com.tradesuite.schemas.event.FillEvent;
import com.tradesuite.schemas.event.OrderCancelRequested;
import com.tradesuite.schemas.event.OrderClass;
import com.tradesuite.schemas.event.OrderEvent;
import com.tradesuite.schemas.event.OrderFilled;
import com.tradesuite.schemas.event.OrderIntentRecorded;
import com.tradesuite.schemas.event.OrderPurpose;
import com.tradesuite.schemas.event.OrderReplaceRequested;
import com.tradesuite.schemas.event.OrderType;
import com.tradesuite.schemas.event.Side;
import com.tradesuite.schemas.topic.TopicCatalog;
import com.tradesuite.service.PaperExchangeTestResource;
import com.tradesuite.service.log.EventPublisher;
import com.tradesuite.service.testkit.TopicProbe;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;

/**
 * The seller's exits beyond trailing on the real embedded broker and the real paper exchange, one seller started once:
 * an exit signal closes a held position (both bracket legs cancelled first, then the market sale, attributed to the
 * seller), strong momentum near the take-profit raises its limit and never lowers it, a position held past the maximum
 * is sold (time exit), and ahead of the New York close every open position is flattened (market close). The seller
 * reads 5-minute bars here, so its market time is its own and the 1-minute bars of the other tests never move it.
 */
@QuarkusTest
@TestProfile(SellerExitsIT.ExitsOn.class)
@QuarkusTestResource(KafkaBrokerTestResource.class)
@QuarkusTestResource(PaperExchangeTestResource.class)
class SellerExitsIT {

    private static final Duration DEADLINE = Duration.ofSeconds(30);
    private static final Duration BAR = Duration.ofMinutes(5);

    /** Every exit on; 5-minute bars, a 2-hour maximum holding, the flatten 10 minutes before the close. */
    public static class ExitsOn implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("tradesuite.seller.bars.timeframe", "5Min",
                    "tradesuite.seller.momentum.lookback-bars", "3",
                    "tradesuite.seller.exits.signal.enabled", "true",
                    "tradesuite.seller.exits.max-holding", "2h",
                    "tradesuite.seller.exits.market-close.enabled", "true",
                    "tradesuite.seller.exits.market-close.before", "10m",
                    "tradesuite.seller.exits.take-profit.enabled", "true");
        }
    }

    @Inject
    SellerService seller;

    @Inject
    BrokerClient broker;

    private PaperExchangeServer exchange;
    private EventPublisher publisher;
    private ExchangeWatcherStub watcher;
    private TopicProbe<OrderEvent> orders;
    private TopicProbe<FillEvent> fills;

    @BeforeEach
    void connect() {
        exchange = PaperExchangeTestResource.server();
        publisher = new EventPublisher(SharedKafkaBroker.bootstrapServers(), "seller-exits-it", Duration.ofSeconds(10));
        watcher = new ExchangeWatcherStub(exchange, publisher, "signal-exits-it");
        orders = new TopicProbe<>(TopicCatalog.ORDERS);
        fills = new TopicProbe<>(TopicCatalog.FILLS);
    }

    @AfterEach
    void disconnect() {
        watcher.close();
        publisher.close();
        orders.close();
        fills.close();
    }

    @Test
    void signalTakeProfitTimeAndMarketCloseExitsOnTheExchange() {
        Instant open = exchange.now();
        Instant t0 = Instant.ofEpochSecond(open.getEpochSecond() / BAR.toSeconds() * BAR.toSeconds());
        Instant flattenBar = TradingDay.of(open).atTime(LocalTime.of(15, 45)).atZone(TradingDay.NEW_YORK).toInstant();
        assertThat(flattenBar).as("the exchange's session starts early enough for the bars below")
                .isAfter(t0.plus(Duration.ofHours(3)));

        signalExitCancelsTheLegsFirstThenSellsAndIsAttributedToTheSeller();
        strongMomentumNearTheTakeProfitRaisesItsLimitAndNeverLowersIt(t0);
        aPositionHeldPastTheMaximumIsSold(t0.plus(Duration.ofHours(2)));
        everyOpenPositionIsFlattenedBeforeTheClose(flattenBar);
    }

    private void signalExitCancelsTheLegsFirstThenSellsAndIsAttributedToTheSeller() {
        String entryId = openBracketPosition("MSFT", "100", "130", "95");
        publisher.publish(TopicCatalog.SIGNALS, EventEnvelope.withId("signal:momentum-exit:MSFT:it",
                new ExitSignalled("momentum-exit:MSFT:it", "momentum-reversal", exchange.now(),
                        "close fell below the EMA"), "MSFT", "scanner-service", exchange.now(),
                "momentum-exit:MSFT:it", null));

        awaitFlat("MSFT");
        List<OrderSnapshot> legs = exchange.engine().order(entryId, true).legs();
        assertThat(legs).hasSize(2).allSatisfy(leg -> assertThat(leg.status()).isEqualTo(OrderStatus.CANCELED));
        // The log catches up with the exchange: both leg cancels on it, then the sale.
        await().atMost(DEADLINE).untilAsserted(() -> assertCancelsBeforeTheSale(symbolOrders("MSFT")));

        ExitAttributed exit = attributedExit("MSFT");
        assertThat(exit.layer()).isEqualTo(ExitLayer.SELLER);
        assertThat(exit.reason()).isEqualTo("signal exit");
        assertThat(exit.positionQtyAfter()).isEqualByComparingTo("0");
    }

    private static void assertCancelsBeforeTheSale(List<EventEnvelope<OrderEvent>> log) {
        List<Integer> cancels = new ArrayList<>();
        int sale = -1;
        for (int i = 0; i < log.size(); i++) {
            if (log.get(i).payload() instanceof OrderCancelRequested cancel) {
                assertThat(cancel.purpose()).isEqualTo(OrderPurpose.SIGNAL_EXIT);
                cancels.add(i);
            } else if (log.get(i).payload() instanceof OrderIntentRecorded intent
                    && intent.purpose() == OrderPurpose.SIGNAL_EXIT) {
                assertThat(intent.orderType()).isEqualTo(OrderType.MARKET);
                assertThat(intent.qty()).isEqualByComparingTo("10");
                sale = i;
            }
        }
        assertThat(cancels).as("one cancel intent per bracket leg").hasSize(2);
        assertThat(sale).as("the sale's intent comes after both cancels").isGreaterThan(cancels.get(1));
        assertThat(log.subList(0, sale)).as("both legs were cancelled before the sale was sent")
                .filteredOn(event -> event.eventId().endsWith(":canceled")).hasSize(2);

    }

    private void strongMomentumNearTheTakeProfitRaisesItsLimitAndNeverLowersIt(Instant t0) {
        String entryId = openBracketPosition("TSLA", "102", "103", "99");
        String[] closes = {"100", "100", "100", "101", "102.60"};
        for (int i = 0; i < closes.length; i++) {
            publishBar("TSLA", t0.plus(BAR.multipliedBy(i)), closes[i]);
        }
        await().atMost(DEADLINE).until(() -> takeProfitLeg(entryId).limitPrice().compareTo(new BigDecimal("103")) > 0);
        BigDecimal extended = takeProfitLeg(entryId).limitPrice();
        await().atMost(DEADLINE).until(() -> !extensionIntents().isEmpty());
        EventEnvelope<OrderReplaceRequested> intent = extensionIntents().get(0);
        assertThat(intent.payload().limitPrice()).isEqualByComparingTo(extended);
        assertThat(intent.payload().purpose()).isEqualTo(OrderPurpose.TRAILING_STOP);
        assertThat(intent.eventId()).isEqualTo("replace:" + intent.payload().newClientOrderId());
        assertThat(takeProfitLeg(entryId).clientOrderId()).isEqualTo(intent.payload().newClientOrderId());

        // Momentum fades and price falls back: the limit stays where it was raised to.
        Instant fallBack = t0.plus(BAR.multipliedBy(closes.length));
        publishBar("TSLA", fallBack, "101");
        await().atMost(DEADLINE).until(() -> seller.marketTime().filter(fallBack.plus(BAR)::equals).isPresent());
        assertThat(takeProfitLeg(entryId).limitPrice()).isEqualByComparingTo(extended);
        assertThat(extensionIntents()).hasSize(1);
    }

    private void aPositionHeldPastTheMaximumIsSold(Instant twoHoursLater) {
        openBracketPosition("NVDA", "100", "130", "95");
        publishBar("NVDA", twoHoursLater, "100");

        awaitFlat("NVDA");
        await().atMost(DEADLINE).untilAsserted(() -> assertThat(exitIntents("NVDA")).singleElement().satisfies(intent -> assertThat(intent.purpose())
                .isEqualTo(OrderPurpose.TIME_EXIT)));
        assertThat(attributedExit("NVDA").reason()).isEqualTo("time exit");
    }

    private void everyOpenPositionIsFlattenedBeforeTheClose(Instant flattenBar) {
        openBracketPosition("SPY", "100", "130", "95");
        // TSLA is still open from above; a bar of a symbol without a position moves market time into the window.
        publishBar("AMD", flattenBar, "100");

        awaitFlat("SPY");
        awaitFlat("TSLA");
        for (String symbol : List.of("SPY", "TSLA")) {
            await().atMost(DEADLINE).untilAsserted(() -> assertThat(exitIntents(symbol)).singleElement()
                    .satisfies(intent -> assertThat(intent.purpose()).isEqualTo(OrderPurpose.MARKET_CLOSE)));
            ExitAttributed exit = attributedExit(symbol);
            assertThat(exit.layer()).isEqualTo(ExitLayer.SELLER);
            assertThat(exit.reason()).isEqualTo("market close");
        }
    }

    /** Intent first, as the buyer would, then the bracket at the exchange; the watcher stub records the rest. */
    private String openBracketPosition(String symbol, String price, String takeProfit, String stop) {
        exchange.setPrice(symbol, new BigDecimal(price));
        String clientOrderId = "entry-exits-it-" + symbol;
        publisher.publish(TopicCatalog.ORDERS, EventEnvelope.withId("intent:" + clientOrderId,
                new OrderIntentRecorded(clientOrderId, OrderPurpose.ENTRY, Side.BUY, OrderType.MARKET,
                        OrderClass.BRACKET, new BigDecimal("10"), null, null, new BigDecimal(takeProfit),
                        new BigDecimal(stop), "gtc", "momentum"), symbol, "buyer-service", exchange.now(),
                "signal-exits-it-" + symbol, null));
        Order entry = broker.trading().submitOrder(BracketEntry.of(symbol, OrderSide.BUY, new BigDecimal("10"))
                .market().takeProfit(new BigDecimal(takeProfit)).stopLoss(new BigDecimal(stop))
                .clientOrderId(clientOrderId).build());
        // The seller holds the position with both legs live before the test acts on it.
        await().atMost(DEADLINE).until(() -> seller.liveStop(symbol).isPresent());
        return entry.id();
    }

    private void awaitFlat(String symbol) {
        await().atMost(DEADLINE).until(() -> exchange.engine().positions().stream()
                .noneMatch(position -> position.symbol().equals(symbol))
                && seller.stateView().trading().positions().stream()
                .noneMatch(position -> position.symbol().equals(symbol)));
    }

    private OrderSnapshot takeProfitLeg(String entryId) {
        return exchange.engine().order(entryId, true).legs().stream()
                .filter(leg -> leg.stopPrice() == null).findFirst().orElseThrow();
    }

    private void publishBar(String symbol, Instant start, String close) {
        BigDecimal c = new BigDecimal(close);
        BarClosed bar = new BarClosed("5Min", start, c, c.add(new BigDecimal("0.5")), c.subtract(new BigDecimal("0.5")),
                c, 10_000);
        publisher.publish(TopicCatalog.MARKET_DATA, EventEnvelope.withId("bar5:" + symbol + ":" + start, bar, symbol,
                "scanner-service", start.plus(BAR), null, null));
    }

    private List<EventEnvelope<OrderEvent>> symbolOrders(String symbol) {
        return orders.poll().stream().filter(event -> event.symbol().equals(symbol)).toList();
    }

    private List<OrderIntentRecorded> exitIntents(String symbol) {
        return symbolOrders(symbol).stream().map(EventEnvelope::payload)
                .filter(payload -> payload instanceof OrderIntentRecorded intent && intent.side() == Side.SELL
                        && intent.orderType() == OrderType.MARKET)
                .map(OrderIntentRecorded.class::cast).toList();
    }

    private List<EventEnvelope<OrderReplaceRequested>> extensionIntents() {
        return orders.poll(OrderReplaceRequested.class).stream()
                .filter(event -> event.symbol().equals("TSLA") && event.payload().limitPrice() != null).toList();
    }

    /**
     * The attribution the account watcher makes of the position's sale (domain {@link ExitAttribution}, as the risk
     * manager's attributor calls it), over what the log holds: the symbol's orders, and the fills before the sale.
     */
    private ExitAttributed attributedExit(String symbol) {
        await().atMost(DEADLINE).until(() -> sellFill(symbol) != null);
        List<EventEnvelope<?>> before = new ArrayList<>(symbolOrders(symbol));
        fills.poll().stream().filter(event -> event.symbol().equals(symbol))
                .filter(event -> event.payload() instanceof OrderFilled fill && fill.side() == Side.BUY)
                .forEach(before::add);
        TradingState state = TradingState.of(before);
        return ExitAttribution.attribute(sellFill(symbol), state.positions().position(symbol), state.orders())
                .orElseThrow();
    }

    private OrderFilled sellFill(String symbol) {
        return fills.poll().stream().filter(event -> event.symbol().equals(symbol))
                .map(EventEnvelope::payload).filter(payload -> payload instanceof OrderFilled fill
                        && fill.side() == Side.SELL)
                .map(OrderFilled.class::cast).findFirst().orElse(null);
    }
}
