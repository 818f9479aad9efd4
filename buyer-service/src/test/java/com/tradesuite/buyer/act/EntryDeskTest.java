package com.tradesuite.buyer.act;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.tradesuite.broker.error.BrokerUnavailableException;
import com.tradesuite.broker.error.DuplicateClientOrderIdException;
import com.tradesuite.broker.error.InsufficientBuyingPowerException;
import com.tradesuite.broker.model.OrderClass;
import com.tradesuite.broker.request.OrderRequest;
import com.tradesuite.buyer.config.BuyerConfigs;
import com.tradesuite.domain.order.ClientOrderIds;
import com.tradesuite.domain.order.OrderStatus;
import com.tradesuite.schemas.event.BarClosed;
import com.tradesuite.schemas.event.CooldownStarted;
import com.tradesuite.schemas.event.EntryDeclined;
import com.tradesuite.schemas.event.EntrySignalled;
import com.tradesuite.schemas.event.Event;
import com.tradesuite.schemas.event.EventEnvelope;
import com.tradesuite.schemas.event.OrderAccepted;
import com.tradesuite.schemas.event.OrderCancelRequested;
import com.tradesuite.schemas.event.OrderEvent;
import com.tradesuite.schemas.event.OrderFilled;
import com.tradesuite.schemas.event.OrderIntentRecorded;
import com.tradesuite.schemas.event.OrderPurpose;
import com.tradesuite.schemas.event.OrderRejected;
import com.tradesuite.schemas.event.OrderType;
import com.tradesuite.schemas.event.Regime;
import com.tradesuite.schemas.event.Side;
import com.tradesuite.schemas.event.TradingStateChanged;
import com.tradesuite.schemas.event.TradingStateSetBy;
import com.tradesuite.schemas.event.TradingStatus;
import com.tradesuite.schemas.topic.Topic;
import com.tradesuite.schemas.topic.TopicCatalog;
import com.tradesuite.service.broker.AccountFacts;
import com.tradesuite.service.log.EventLog;
import com.tradesuite.service.log.EventLogUnavailableException;
import com.tradesuite.service.log.LoggedEvent;
import com.tradesuite.service.testkit.FakeBroker;

import io.micrometer.core.instrument.Metrics;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

class EntryDeskTest {

    private static final Instant T0 = Instant.parse("2026-11-20T14:30:00Z");
    private static final String AAPL = "AAPL";

    private final FakeBroker broker = new FakeBroker();
    /** Broker calls and appends to {@code orders}, in the order they happened. */
    private final List<String> journal = broker.calls;
    private final RecordingLog orders = new RecordingLog();
    private EntryDesk desk;
    private long offset;

    @BeforeEach
    void desk() {
        desk = desk(Map.of());
    }

    private EntryDesk desk(Map<String, String> config) {
        return new EntryDesk(BuyerConfigs.settings(config), broker, orders, "buyer-service");
    }

    @Test
    void givenALiveSignal_whenTheFirstBarArrives_thenTheIntentIsWrittenBeforeTheBracketIsSent() {
        desk.onReplayCompleted();
        EventEnvelope<EntrySignalled> signal = signal(AAPL, T0, "104");

        live(signal);
        assertThat(journal).as("no decision before market time is known").isEmpty();

        live(bar(AAPL, T0));

        String clientOrderId = ClientOrderIds.forEntry(signal.payload().signalId());
        assertThat(journal).containsExactly("append:OrderIntentRecorded", "submit " + clientOrderId);
        EventEnvelope<OrderIntentRecorded> intent = orders.ofType(OrderIntentRecorded.class).get(0);
        assertThat(intent.eventId()).isEqualTo("intent:" + clientOrderId);
        assertThat(intent.correlationId()).isEqualTo(signal.payload().signalId());
        assertThat(intent.causationId()).isEqualTo(signal.eventId());
        assertThat(intent.occurredAt()).isEqualTo(T0.plusSeconds(60));
        assertThat(intent.payload().purpose()).isEqualTo(OrderPurpose.ENTRY);
        // risk size 1000 / 2 = 500 shares ($50,000), cut to max-position-percent 20 % of 100000 = 200 shares
        assertThat(intent.payload().qty()).isEqualByComparingTo("200");
        assertThat(intent.payload().limitPrice()).isEqualByComparingTo("100");
        assertThat(intent.payload().stopLossPrice()).isEqualByComparingTo("98");
        assertThat(intent.payload().takeProfitPrice()).isEqualByComparingTo("104");
        OrderRequest request = broker.submitted.get(0);
        assertThat(request.orderClass()).isEqualTo(OrderClass.BRACKET);
        assertThat(request.clientOrderId()).isEqualTo(clientOrderId);
        assertThat(request.qty()).isEqualByComparingTo("200");
        assertThat(request.takeProfit().limitPrice()).isEqualByComparingTo("104");
        assertThat(request.stopLoss().stopPrice()).isEqualByComparingTo("98");
        assertThat(desk.state().orders().openEntries(AAPL)).hasSize(1);
    }

    @Test
    void givenADecidedSignal_whenItArrivesAgain_thenNoSecondIntentAndNoSecondOrder() {
        desk.onReplayCompleted();
        live(bar(AAPL, T0));
        EventEnvelope<EntrySignalled> signal = signal(AAPL, T0, "104");
        live(signal);
        // Our own intent comes back from the log, then the scanner's duplicate arrives.
        echo(orders.appended.get(0));
        live(signal);
        live(bar(AAPL, T0.plusSeconds(60)));

        assertThat(orders.ofType(OrderIntentRecorded.class)).hasSize(1);
        assertThat(broker.submitted).hasSize(1);
        assertThat(orders.appended).hasSize(1);
    }

    @Test
    void givenASymbolInCooldown_whenASignalArrives_thenItIsDeclinedWithTheCooldownReason() {
        replay(cooldown(AAPL, T0.plusSeconds(3600)));
        desk.onReplayCompleted();
        live(bar(AAPL, T0));
        EventEnvelope<EntrySignalled> signal = signal(AAPL, T0, "104");

        live(signal);

        assertThat(broker.submitted).isEmpty();
        EventEnvelope<EntryDeclined> declined = orders.ofType(EntryDeclined.class).get(0);
        assertThat(declined.eventId()).isEqualTo("declined:" + signal.payload().signalId());
        assertThat(declined.correlationId()).isEqualTo(signal.payload().signalId());
        assertThat(declined.payload().check()).isEqualTo("COOLDOWN");
        assertThat(declined.payload().reason()).isEqualTo("AAPL is cooling down until " + T0.plusSeconds(3600));
    }

    @Test
    void givenADecline_whenWritten_thenItIsCountedUnderItsCheck() {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        Metrics.addRegistry(registry);
        try {
            replay(cooldown(AAPL, T0.plusSeconds(3600)));
            desk.onReplayCompleted();
            live(bar(AAPL, T0));

            live(signal(AAPL, T0, "104"));

            assertThat(registry.counter(EntryDesk.DECLINES, "check", "COOLDOWN").count()).isEqualTo(1.0);
            assertThat(registry.find(EntryDesk.DECLINES).tag("check", "STALE").counter()).isNull();
        } finally {
            Metrics.removeRegistry(registry);
        }
    }

    @Test
    void givenALosingExitWithoutItsCooldown_whenASignalArrives_thenItWaitsForTheCooldownAndIsDeclined() {
        // given: a position of 10 bought at 100 that a stop sells at 95, and the cooldown not yet written
        replay(fill("entry-fill", Side.BUY, "100", "10"));
        desk.onReplayCompleted();
        live(bar(AAPL, T0));
        live(fill("stop-fill", Side.SELL, "95", "0"));

        // when: a signal for the symbol arrives before the seller's cooldown
        live(signal(AAPL, T0, "104"));

        // then: no decision yet; once the cooldown caused by that exit is logged, the signal is declined
        assertThat(journal).isEmpty();
        live(EventEnvelope.withId("cooldown:stop-fill", new CooldownStarted(T0.plusSeconds(1800), "losing exit"),
                AAPL, "seller-service", T0.plusSeconds(60), null, "exit:stop-fill"));
        live(bar(AAPL, T0.plusSeconds(60)));
        assertThat(broker.submitted).isEmpty();
        assertThat(orders.ofType(EntryDeclined.class)).extracting(declined -> declined.payload().check())
                .containsExactly("COOLDOWN");
    }

    @Test
    void givenAProfitableExit_whenASignalArrives_thenItIsEntered() {
        replay(fill("entry-fill", Side.BUY, "100", "10"));
        desk.onReplayCompleted();
        live(bar(AAPL, T0));
        live(fill("target-fill", Side.SELL, "103", "0"));

        live(signal(AAPL, T0, "104"));

        assertThat(broker.submitted).hasSize(1);
    }

    @Test
    void givenAFreshUndecidedSignalInTheLog_whenTheReplayCompletes_thenItIsDecided() {
        replay(bar(AAPL, T0));
        replay(signal(AAPL, T0, "104"));
        assertThat(journal).isEmpty();

        desk.onReplayCompleted();

        assertThat(orders.ofType(OrderIntentRecorded.class)).hasSize(1);
        assertThat(broker.submitted).hasSize(1);
    }

    @Test
    void givenAStaleUndecidedSignalInTheLog_whenTheReplayCompletes_thenItIsDeclinedStaleWithoutTheBroker() {
        replay(signal(AAPL, T0, "104"));
        replay(bar(AAPL, T0.plusSeconds(300)));

        desk.onReplayCompleted();

        EventEnvelope<EntryDeclined> declined = orders.ofType(EntryDeclined.class).get(0);
        assertThat(declined.payload().check()).isEqualTo("STALE");
        assertThat(declined.payload().reason()).startsWith("stale:");
        assertThat(broker.accountCalls).isZero();
        assertThat(broker.submitted).isEmpty();
    }

    @Test
    void givenASignalDecidedBeforeTheRestart_whenTheReplayCompletes_thenItIsNotActedOnAgain() {
        EventEnvelope<EntrySignalled> signal = signal(AAPL, T0, "104");
        replay(bar(AAPL, T0));
        replay(signal);
        replay(EventEnvelope.withId("declined:x", new EntryDeclined(signal.payload().signalId(), "COOLDOWN", "cool"),
                AAPL, "buyer-service", T0, signal.payload().signalId(), null));

        desk.onReplayCompleted();
        live(bar(AAPL, T0.plusSeconds(60)));

        assertThat(journal).isEmpty();
    }

    @Test
    void givenABrokerRefusal_whenTheBracketIsSent_thenOrderRejectedCarriesReasonAndCode() {
        broker.submitFailures.add(new InsufficientBuyingPowerException(40310000L, "insufficient buying power", "{}",
                BigDecimal.ONE, BigDecimal.TEN));
        desk.onReplayCompleted();
        live(bar(AAPL, T0));
        EventEnvelope<EntrySignalled> signal = signal(AAPL, T0, "104");

        live(signal);

        String clientOrderId = ClientOrderIds.forEntry(signal.payload().signalId());
        assertThat(journal).containsExactly("append:OrderIntentRecorded", "submit " + clientOrderId,
                "append:OrderRejected");
        EventEnvelope<OrderRejected> rejected = orders.ofType(OrderRejected.class).get(0);
        assertThat(rejected.eventId()).isEqualTo("rejected:" + clientOrderId);
        assertThat(rejected.correlationId()).isEqualTo(signal.payload().signalId());
        assertThat(rejected.payload().code()).isEqualTo(40310000);
        assertThat(rejected.payload().reason()).contains("insufficient buying power");
        assertThat(desk.state().orders().byClientOrderId(clientOrderId).orElseThrow().status())
                .isEqualTo(OrderStatus.REJECTED);
    }

    @Test
    void givenAReusedClientOrderId_whenTheBracketIsSent_thenNothingMoreIsWritten() {
        broker.submitFailures.add(new DuplicateClientOrderIdException(422, 40010001L, "client_order_id must be unique",
                "{}"));
        desk.onReplayCompleted();
        live(bar(AAPL, T0));

        live(signal(AAPL, T0, "104"));
        live(bar(AAPL, T0.plusSeconds(60)));

        assertThat(orders.appended).extracting(EventEnvelope::type).containsExactly("OrderIntentRecorded");
        assertThat(broker.submitted).hasSize(1);
    }

    @Test
    void givenAnUnavailableBroker_whenTheBracketIsSent_thenTheAccountWatcherIsLeftToReport() {
        broker.submitFailures.add(new BrokerUnavailableException(503, null, "down", "", null));
        desk.onReplayCompleted();
        live(bar(AAPL, T0));

        live(signal(AAPL, T0, "104"));
        live(bar(AAPL, T0.plusSeconds(60)));

        assertThat(orders.appended).extracting(EventEnvelope::type).containsExactly("OrderIntentRecorded");
        assertThat(broker.submitted).as("an intent reaches the broker at most once").hasSize(1);
    }

    @Test
    void givenAnUnreadableAccount_whenASignalArrives_thenItWaitsForTheNextBar() {
        broker.accountFailure = new BrokerUnavailableException(503, null, "down", "", null);
        desk.onReplayCompleted();
        live(bar(AAPL, T0));

        live(signal(AAPL, T0, "104"));
        assertThat(journal).isEmpty();

        live(bar(AAPL, T0.plusSeconds(60)));
        assertThat(orders.ofType(OrderIntentRecorded.class)).hasSize(1);
        assertThat(broker.submitted).hasSize(1);
    }

    @Test
    void givenTheLogRefusesTheIntent_whenASignalIsAccepted_thenNoOrderIsSent() {
        orders.refuseNext = true;
        desk.onReplayCompleted();
        live(bar(AAPL, T0));

        live(signal(AAPL, T0, "104"));
        assertThat(broker.submitted).isEmpty();

        live(bar(AAPL, T0.plusSeconds(60)));
        assertThat(journal).hasSize(2).first().isEqualTo("append:OrderIntentRecorded");
    }

    @Test
    void givenABracketTheBrokerWouldRefuse_whenASignalIsAccepted_thenItIsDeclinedInsteadOfAnnounced() {
        desk.onReplayCompleted();
        live(bar(AAPL, T0));

        live(signal(AAPL, T0, "99"));

        assertThat(orders.ofType(OrderIntentRecorded.class)).isEmpty();
        assertThat(orders.ofType(EntryDeclined.class).get(0).payload().check()).isEqualTo("INVALID_ORDER");
        assertThat(broker.submitted).isEmpty();
    }

    @Test
    void givenTheHaltSwitchOrABlockedAccount_whenASignalArrives_thenItIsDeclinedHalted() {
        desk = desk(Map.of("tradesuite.buyer.halted", "true"));
        desk.onReplayCompleted();
        live(bar(AAPL, T0));
        live(signal(AAPL, T0, "104"));

        broker.account = new AccountFacts(new BigDecimal("100000"), new BigDecimal("100000"),
                new BigDecimal("100000"), true);
        desk = desk(Map.of());
        desk.onReplayCompleted();
        live(bar("MSFT", T0));
        live(signal("MSFT", T0, "104"));

        assertThat(orders.ofType(EntryDeclined.class)).extracting(envelope -> envelope.payload().check())
                .containsExactly("TRADING_HALTED", "TRADING_HALTED");
        assertThat(broker.submitted).isEmpty();
    }

    @Test
    void givenAHaltOnTheTradingStateTopic_whenASignalArrives_thenItIsDeclinedNamingTheStateAndCounted() {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        Metrics.addRegistry(registry);
        try {
            replay(tradingState(new TradingStateChanged("op-1", 1, TradingStatus.HALTED, "earnings surprise",
                    TradingStateSetBy.OPERATOR, false, null)));
            desk.onReplayCompleted();
            live(bar(AAPL, T0));

            live(signal(AAPL, T0, "104"));

            assertThat(orders.ofType(EntryDeclined.class)).singleElement().satisfies(declined -> {
                assertThat(declined.payload().check()).isEqualTo(EntryDesk.TRADING_STATE);
                assertThat(declined.payload().reason())
                        .isEqualTo("trading state HALTED by OPERATOR: earnings surprise");
            });
            assertThat(broker.submitted).isEmpty();
            assertThat(registry.counter(EntryDesk.DECLINES, "check", EntryDesk.TRADING_STATE).count())
                    .isEqualTo(1.0);
        } finally {
            Metrics.removeRegistry(registry);
        }
    }

    @Test
    void givenADailyLossLatch_whenTheNextNewYorkDayBegins_thenEntriesResumeWithoutAnEvent() {
        // T0 is 09:30 in New York; the latch ends at midnight New York (05:00 UTC the next day).
        Instant nextDay = Instant.parse("2026-11-21T05:00:00Z");
        live(tradingState(new TradingStateChanged("daily-loss:2026-11-20", 1, TradingStatus.HALTED,
                "day loss 2000 is 2% of the day's starting equity 100000 (limit 2%)",
                TradingStateSetBy.DAILY_LOSS_LIMIT, false, nextDay)));
        desk.onReplayCompleted();
        live(bar(AAPL, T0));
        live(signal(AAPL, T0, "104"));
        live(tradingState(new TradingStateChanged("op-1", 2, TradingStatus.ACTIVE, "resume",
                TradingStateSetBy.OPERATOR, false, null)));
        live(bar("MSFT", T0.plusSeconds(60)));
        live(signal("MSFT", T0.plusSeconds(60), "104"));

        Instant nextMorning = Instant.parse("2026-11-23T14:30:00Z");
        live(bar("NVDA", nextMorning));
        live(signal("NVDA", nextMorning, "104"));

        assertThat(orders.ofType(EntryDeclined.class)).extracting(envelope -> envelope.symbol() + " "
                + envelope.payload().reason()).containsExactly(
                "AAPL trading state HALTED by DAILY_LOSS_LIMIT until " + nextDay
                        + ": day loss 2000 is 2% of the day's starting equity 100000 (limit 2%)",
                "MSFT trading state HALTED by DAILY_LOSS_LIMIT until " + nextDay
                        + ": day loss 2000 is 2% of the day's starting equity 100000 (limit 2%)");
        assertThat(broker.submitted).extracting(OrderRequest::symbol).containsExactly("NVDA");
    }

    @Test
    void givenAnEntryWorkingPastTheTimeout_whenABarArrives_thenItIsCancelledOnceRequestFirst() {
        desk.onReplayCompleted();
        live(bar(AAPL, T0));
        EventEnvelope<EntrySignalled> signal = signal(AAPL, T0, "104");
        live(signal);
        String clientOrderId = ClientOrderIds.forEntry(signal.payload().signalId());
        live(EventEnvelope.withId("order:b-1:new", new OrderAccepted("b-1", clientOrderId, null, Side.BUY,
                OrderType.LIMIT, com.tradesuite.schemas.event.OrderClass.BRACKET, new BigDecimal("200"),
                new BigDecimal("100"), null, "new"), AAPL, "risk-manager-service", T0.plusSeconds(61),
                signal.payload().signalId(), null));

        live(bar(AAPL, T0.plusSeconds(180)));
        assertThat(broker.cancelled).as("4 minutes old: not yet").isEmpty();

        live(bar("MSFT", T0.plusSeconds(300)));
        live(bar(AAPL, T0.plusSeconds(360)));

        assertThat(broker.cancelled).containsExactly("b-1");
        EventEnvelope<OrderCancelRequested> cancel = orders.ofType(OrderCancelRequested.class).get(0);
        assertThat(cancel.eventId()).isEqualTo("cancel:b-1");
        assertThat(cancel.correlationId()).isEqualTo(signal.payload().signalId());
        assertThat(cancel.payload().purpose()).isEqualTo(OrderPurpose.ENTRY_TIMEOUT_CANCEL);
        assertThat(journal.subList(2, journal.size())).containsExactly("append:OrderCancelRequested", "cancel b-1");
    }

    @Test
    void givenAFoldedState_whenItIsReset_thenEverythingIsForgottenUntilTheReplay() {
        replay(cooldown(AAPL, T0.plusSeconds(3600)));
        replay(bar(AAPL, T0));
        desk.onReplayCompleted();

        desk.onStateReset();

        assertThat(desk.state().cooldowns().isCoolingDown(AAPL, T0)).isFalse();
        assertThat(desk.marketTime()).isEmpty();
    }

    @Test
    void givenOneMinuteBarsReplayedAndLive_whenFolded_thenTheCorrelationSeesTheirReturnsUntilAReset() {
        for (int i = 0; i < 5; i++) {
            replay(priced(AAPL, T0.plusSeconds(60L * i), 100 + i * i));
            replay(priced("MSFT", T0.plusSeconds(60L * i), 50 + i * i / 2.0));
        }
        desk.onReplayCompleted();
        live(priced(AAPL, T0.plusSeconds(300), 130));
        live(priced("MSFT", T0.plusSeconds(300), 65));
        BarClosed fiveMinutes = new BarClosed("5Min", T0.plusSeconds(360), new BigDecimal("1"), new BigDecimal("1"),
                new BigDecimal("1"), new BigDecimal("1"), 1);
        live(EventEnvelope.withId("bar5:AAPL", fiveMinutes, AAPL, "scanner-service", T0.plusSeconds(660), null, null));

        assertThat(desk.correlation(AAPL, "MSFT").overlap()).as("5 returns of 6 one-minute bars each").isEqualTo(5);
        assertThat(desk.correlation(AAPL, "MSFT").value()).isPresent();

        desk.onStateReset();

        assertThat(desk.correlation(AAPL, "MSFT").overlap()).isZero();
    }

    @Test
    void givenChoppyRegimesBlocked_whenAChoppySignalArrives_thenItIsDeclinedRegimeAndCounted() {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        Metrics.addRegistry(registry);
        try {
            desk = desk(Map.of("tradesuite.buyer.choppy-regime", "block"));
            desk.onReplayCompleted();
            live(bar(AAPL, T0));
            EventEnvelope<EntrySignalled> normal = signal(AAPL, T0, "104");
            EntrySignalled choppy = normal.payload().withRegime(Regime.CHOPPY);

            live(EventEnvelope.withId(normal.eventId(), choppy, AAPL, normal.source(), normal.occurredAt(),
                    normal.correlationId(), null));

            assertThat(broker.submitted).isEmpty();
            assertThat(orders.ofType(EntryDeclined.class)).singleElement().satisfies(declined -> {
                assertThat(declined.payload().check()).isEqualTo("REGIME");
                assertThat(declined.payload().reason())
                        .isEqualTo("the scanner measured a CHOPPY market and choppy regimes are blocked");
            });
            assertThat(registry.counter(EntryDesk.DECLINES, "check", "REGIME").count()).isEqualTo(1.0);
        } finally {
            Metrics.removeRegistry(registry);
        }
    }

    private static EventEnvelope<BarClosed> priced(String symbol, Instant start, double close) {
        BigDecimal price = BigDecimal.valueOf(close);
        BarClosed bar = new BarClosed("1Min", start, price, price, price, price, 1000);
        return EventEnvelope.withId("bar:" + symbol + ":" + start, bar, symbol, "scanner-service",
                start.plusSeconds(60), null, null);
    }

    private void live(EventEnvelope<? extends Event> envelope) {
        desk.onEvent(logged(envelope, false));
    }

    private void replay(EventEnvelope<? extends Event> envelope) {
        desk.onEvent(logged(envelope, true));
    }

    /** The copy of our own append coming back from the log, marked so by the runtime. */
    private void echo(EventEnvelope<? extends Event> envelope) {
        LoggedEvent logged = logged(envelope, false);
        desk.onEvent(new LoggedEvent(logged.topic(), logged.partition(), logged.offset(), logged.timestamp(),
                envelope, false, true));
    }

    private LoggedEvent logged(EventEnvelope<? extends Event> envelope, boolean replay) {
        Event payload = envelope.payload();
        String topic = payload instanceof BarClosed ? TopicCatalog.MARKET_DATA.name()
                : payload instanceof EntrySignalled ? TopicCatalog.SIGNALS.name()
                : payload instanceof CooldownStarted ? TopicCatalog.COOLDOWNS.name()
                : payload instanceof TradingStateChanged ? TopicCatalog.TRADING_STATE.name()
                : TopicCatalog.ORDERS.name();
        offset++;
        return new LoggedEvent(topic, 0, offset, offset, envelope, replay);
    }

    private static EventEnvelope<BarClosed> bar(String symbol, Instant start) {
        BarClosed bar = new BarClosed("1Min", start, new BigDecimal("100"), new BigDecimal("101"),
                new BigDecimal("99"), new BigDecimal("100"), 1000);
        return EventEnvelope.withId("bar:" + symbol + ":" + start, bar, symbol, "scanner-service",
                start.plusSeconds(60), null, null);
    }

    private static EventEnvelope<EntrySignalled> signal(String symbol, Instant barTime, String target) {
        String id = EntrySignalled.signalIdFor("momentum", symbol, barTime);
        EntrySignalled signal = new EntrySignalled(id, "momentum", Side.BUY, barTime, new BigDecimal("100"),
                new BigDecimal("98"), new BigDecimal(target), new BigDecimal("1.5"), BigDecimal.ONE);
        return EventEnvelope.withId("signal:" + id, signal, symbol, "scanner-service", barTime.plusSeconds(60), id,
                null);
    }

    private static EventEnvelope<OrderFilled> fill(String executionId, Side side, String price,
                                                   String positionAfter) {
        OrderFilled fill = new OrderFilled(executionId, "order-" + executionId, "coid-" + executionId, null, side,
                side == Side.BUY ? OrderType.MARKET : OrderType.STOP, new BigDecimal("10"), new BigDecimal(price),
                new BigDecimal("10"), new BigDecimal("10"), false, new BigDecimal(positionAfter), T0);
        return EventEnvelope.withId("fill:" + executionId, fill, AAPL, "risk-manager-service", T0, null, null);
    }

    private static EventEnvelope<CooldownStarted> cooldown(String symbol, Instant until) {
        return EventEnvelope.withId("cooldown:x", new CooldownStarted(until, "losing exit"), symbol, "seller-service",
                T0, null, null);
    }

    private static EventEnvelope<TradingStateChanged> tradingState(TradingStateChanged change) {
        return EventEnvelope.withId("trading-state:" + change.changeId() + ":0", change, "ACCOUNT",
                "risk-manager-service", T0, change.changeId(), null);
    }

    /** An in-memory {@code orders} that records appends into the journal and can refuse the next one. */
    private final class RecordingLog implements EventLog {

        final List<EventEnvelope<? extends Event>> appended = new ArrayList<>();
        boolean refuseNext;

        @Override
        public <E extends Event> void append(Topic<E> topic, EventEnvelope<? extends E> envelope) {
            assertThat(topic).isEqualTo(TopicCatalog.ORDERS);
            if (refuseNext) {
                refuseNext = false;
                throw new EventLogUnavailableException("kafka down", null);
            }
            journal.add("append:" + envelope.type());
            appended.add(envelope);
        }

        @SuppressWarnings("unchecked")
        <E extends OrderEvent> List<EventEnvelope<E>> ofType(Class<E> type) {
            return appended.stream().filter(envelope -> type.isInstance(envelope.payload()))
                    .map(envelope -> (EventEnvelope<E>) envelope).toList();
        }
    }
}
