package com.tradesuite.seller.act;

import static com.tradesuite.seller.SellerScenario.AAPL;
import static com.tradesuite.seller.SellerScenario.bar;
import static com.tradesuite.seller.SellerScenario.bracketPosition;
import static com.tradesuite.seller.SellerScenario.minute;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.tradesuite.broker.error.InsufficientQtyException;
import com.tradesuite.domain.Events;
import com.tradesuite.domain.exit.MarketCloseRule;
import com.tradesuite.domain.exit.TakeProfitExtension;
import com.tradesuite.domain.exit.TimeExitRule;
import com.tradesuite.schemas.event.Event;
import com.tradesuite.schemas.event.EventEnvelope;
import com.tradesuite.schemas.event.ExitSignalled;
import com.tradesuite.schemas.event.OrderCancelRequested;
import com.tradesuite.schemas.event.OrderIntentRecorded;
import com.tradesuite.schemas.event.OrderPurpose;
import com.tradesuite.schemas.event.OrderRejected;
import com.tradesuite.schemas.event.OrderReplaceRequested;
import com.tradesuite.schemas.event.OrderType;
import com.tradesuite.schemas.topic.Topic;
import com.tradesuite.seller.SellerScenario;
import com.tradesuite.seller.config.SellerExitSettings;
import com.tradesuite.service.log.EventLog;
import com.tradesuite.service.testkit.FakeBroker;

import io.micrometer.core.instrument.Metrics;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

/**
 * The seller's exits beyond trailing with the test kit's fake broker and a log recording the appends in the same list
 * as the broker calls, so the order of intents and calls shows.
 */
class SellerExitDeskTest {

    private final FakeBroker broker = new FakeBroker();
    private final List<EventEnvelope<?>> appended = new ArrayList<>();
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private SellerCore core;

    @BeforeEach
    void start() {
        Metrics.addRegistry(meters);
        core = seller(new SellerExitSettings(true, new TimeExitRule(Duration.ofMinutes(30)),
                new MarketCloseRule(Duration.ofMinutes(10)), Optional.of(new TakeProfitExtension(3,
                Events.dec("1.5"), Events.dec("0.5"), Events.dec("1")))));
    }

    @AfterEach
    void stop() {
        Metrics.removeRegistry(meters);
    }

    private SellerCore seller(SellerExitSettings exits) {
        broker.defaultStatus = com.tradesuite.broker.model.OrderStatus.NEW;
        return new SellerCore(SellerScenario.settings(), exits, new EventLog() {
            @Override
            public <E extends Event> void append(Topic<E> topic, EventEnvelope<? extends E> envelope) {
                appended.add(envelope);
                broker.calls.add("append " + envelope.payload().getClass().getSimpleName());
            }
        }, broker);
    }

    private void live(EventEnvelope<?>... events) {
        for (EventEnvelope<?> event : events) {
            core.onEvent(event, false);
        }
    }

    private static EventEnvelope<ExitSignalled> exitSignal(Instant at) {
        return Events.env(AAPL, new ExitSignalled("momentum-exit:AAPL:" + at, "momentum-reversal", at,
                "close below the EMA"), at);
    }

    private List<OrderIntentRecorded> intents() {
        return appended.stream().map(EventEnvelope::payload).filter(OrderIntentRecorded.class::isInstance)
                .map(OrderIntentRecorded.class::cast).toList();
    }

    private double exits(String reason) {
        return meters.find(SellerExitDesk.EXITS).tag("reason", reason).counters().stream()
                .mapToDouble(counter -> counter.count()).sum();
    }

    @Test
    void givenAHeldPosition_whenAnExitSignalArrives_thenCancelIntentsFirstAndTheSaleOnlyAfterBothCancels() {
        live(bracketPosition("95").toArray(EventEnvelope[]::new));

        live(exitSignal(minute(1)));

        // Each leg: its cancel intent on the log, then the DELETE.
        assertThat(broker.calls).hasSize(4);
        assertThat(List.of(broker.calls.get(0), broker.calls.get(2))).containsOnly("append OrderCancelRequested");
        assertThat(List.of(broker.calls.get(1), broker.calls.get(3))).containsExactlyInAnyOrder("cancel b-tp",
                "cancel b-sl");
        assertThat(appended).extracting(EventEnvelope::payload).allSatisfy(payload -> assertThat(
                ((OrderCancelRequested) payload).purpose()).isEqualTo(OrderPurpose.SIGNAL_EXIT));
        assertThat(core.state().exitInFlight(AAPL)).isPresent();

        live(Events.canceled(AAPL, "b-tp", "tp-1", minute(1)));
        assertThat(broker.submitted).isEmpty();
        live(Events.canceled(AAPL, "b-sl", SellerScenario.SL_ID, minute(1)));

        assertThat(intents()).singleElement().satisfies(intent -> {
            assertThat(intent.purpose()).isEqualTo(OrderPurpose.SIGNAL_EXIT);
            assertThat(intent.orderType()).isEqualTo(OrderType.MARKET);
            assertThat(intent.qty()).isEqualByComparingTo("10");
        });
        assertThat(broker.calls.subList(4, broker.calls.size())).containsExactly("append OrderIntentRecorded",
                "submit " + intents().get(0).clientOrderId());
        assertThat(exits("SIGNAL_EXIT")).isEqualTo(1.0);
    }

    @Test
    void givenAnExitPlanRunning_whenASecondExitIsDue_thenItWaitsForTheFirst() {
        live(bracketPosition("95").toArray(EventEnvelope[]::new));
        // Another seller plan (e.g. a partial profit) holds the symbol.
        assertThat(core.state().exits().claim(AAPL, "PARTIAL_PROFIT", minute(1))).isTrue();

        live(exitSignal(minute(1)));

        assertThat(appended).isEmpty();
        assertThat(broker.calls).isEmpty();
        assertThat(meters.find(SellerExitDesk.DECLINES).tag("reason", "exit-in-flight").counter()).isNotNull();

        core.state().exits().release(AAPL, "PARTIAL_PROFIT");
        live(exitSignal(minute(2)));
        assertThat(appended).hasSize(2);
    }

    @Test
    void givenTheSaleIsRefused_whenTheCancelsWereConfirmed_thenTheRejectionIsLoggedAndTheOldStopAndTargetRestored() {
        live(bracketPosition("95").toArray(EventEnvelope[]::new));
        live(bar(0, "100"));
        broker.submitFailures.add(new InsufficientQtyException(40310000L, "insufficient qty available", "{}",
                AAPL, BigDecimal.ZERO, BigDecimal.TEN, BigDecimal.TEN, List.of()));

        live(exitSignal(minute(1)), Events.canceled(AAPL, "b-tp", "tp-1", minute(1)),
                Events.canceled(AAPL, "b-sl", SellerScenario.SL_ID,
                        minute(1)));

        assertThat(appended).extracting(envelope -> envelope.payload().getClass().getSimpleName())
                .containsExactly("OrderCancelRequested", "OrderCancelRequested", "OrderIntentRecorded",
                        "OrderRejected", "OrderIntentRecorded");
        OrderIntentRecorded oco = intents().get(1);
        assertThat(oco.purpose()).isEqualTo(OrderPurpose.REPROTECT);
        assertThat(oco.stopLossPrice()).isEqualByComparingTo("95");
        assertThat(oco.takeProfitPrice()).isEqualByComparingTo("130");
        assertThat(oco.qty()).isEqualByComparingTo("10");
        assertThat(((OrderRejected) appended.get(3).payload()).clientOrderId()).isEqualTo(intents().get(0)
                .clientOrderId());
        assertThat(broker.submitted).hasSize(2);
        assertThat(core.state().exits().claimOf(AAPL)).isEmpty();
    }

    @Test
    void givenALegFillsInsteadOfCancelling_whenTheLogShowsIt_thenThePlanIsAbortedWithoutASale() {
        live(bracketPosition("95").toArray(EventEnvelope[]::new));

        live(exitSignal(minute(1)), Events.canceled(AAPL, "b-sl", SellerScenario.SL_ID, minute(1)),
                Events.sell(AAPL, "x-tp", "b-tp", "tp-1", "b-entry", OrderType.LIMIT, "4", "130", "6", minute(1)),
                Events.canceled(AAPL, "b-tp", "tp-1", minute(1)));

        assertThat(intents()).isEmpty();
        assertThat(broker.submitted).isEmpty();
        assertThat(core.state().exits().claimOf(AAPL)).isEmpty();
    }

    @Test
    void givenAPositionHeldPastTheMaximum_whenABarArrives_thenATimeExitStarts() {
        live(bracketPosition("95").toArray(EventEnvelope[]::new));

        live(bar(10, "100"));
        assertThat(appended).isEmpty();
        live(bar(29, "100"));

        assertThat(appended).extracting(EventEnvelope::payload).hasSize(2).allSatisfy(payload -> assertThat(
                ((OrderCancelRequested) payload).purpose()).isEqualTo(OrderPurpose.TIME_EXIT));
    }

    @Test
    void givenMarketTimeTenMinutesBeforeTheClose_whenABarOfAnySymbolArrives_thenEveryPositionIsFlattened() {
        core = seller(new SellerExitSettings(false, new TimeExitRule(Duration.ZERO),
                new MarketCloseRule(Duration.ofMinutes(10)), Optional.empty()));
        live(bracketPosition("95").toArray(EventEnvelope[]::new));
        Instant closeWindow = Instant.parse("2026-11-20T20:49:00Z");
        EventEnvelope<?> msftBar = EventEnvelope.withId("bar:MSFT:" + closeWindow, Events.bar(closeWindow, "300",
                "300.5", "299.5", "300"), "MSFT", "scanner", closeWindow.plusSeconds(60), null, null);

        live(msftBar);

        assertThat(appended).extracting(EventEnvelope::payload).hasSize(2).allSatisfy(payload -> assertThat(
                ((OrderCancelRequested) payload).purpose()).isEqualTo(OrderPurpose.MARKET_CLOSE));
        assertThat(appended).allSatisfy(envelope -> assertThat(envelope.symbol()).isEqualTo(AAPL));
    }

    @Test
    void givenStrongMomentumNearTheTakeProfit_whenABarCloses_thenTheLimitIsReplacedHigherIntentFirst() {
        // A stop the trail does not move before the last bar: no replace of the seller's own is in flight.
        live(SellerScenario.bracketPosition("125").toArray(EventEnvelope[]::new));
        live(bar(0, "126"), bar(1, "126"), bar(2, "126"), bar(3, "127"), bar(4, "129.6"));

        List<EventEnvelope<?>> replaces = appended.stream()
                .filter(envelope -> envelope.payload() instanceof OrderReplaceRequested request
                        && request.limitPrice() != null).toList();
        assertThat(replaces).singleElement().satisfies(envelope -> {
            OrderReplaceRequested request = (OrderReplaceRequested) envelope.payload();
            assertThat(request.brokerOrderId()).isEqualTo("b-tp");
            assertThat(request.limitPrice()).isGreaterThan(new BigDecimal("130"));
            assertThat(request.purpose()).isEqualTo(OrderPurpose.TRAILING_STOP);
            assertThat(broker.calls).containsSubsequence("append OrderReplaceRequested",
                    "replace-limit b-tp " + request.newClientOrderId() + " " + request.limitPrice().toPlainString());
        });
    }

    @Test
    void givenSignalExitsOffOrAReplayedSignal_whenItArrives_thenNothingHappens() {
        core = seller(SellerExitSettings.off());
        live(bracketPosition("95").toArray(EventEnvelope[]::new));
        live(exitSignal(minute(1)));
        core.onEvent(exitSignal(minute(2)), true);

        assertThat(appended).isEmpty();
        assertThat(broker.calls).isEmpty();
    }
}
