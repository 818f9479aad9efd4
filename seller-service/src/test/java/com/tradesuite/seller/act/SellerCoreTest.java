package com.tradesuite.seller.act;

import static com.tradesuite.domain.Events.dec;
import static com.tradesuite.domain.Events.env;
import static com.tradesuite.seller.SellerScenario.bar;
import static com.tradesuite.seller.SellerScenario.bracketPosition;
import static com.tradesuite.seller.SellerScenario.exit;
import static com.tradesuite.seller.SellerScenario.minute;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.tradesuite.domain.Events;
import com.tradesuite.domain.exit.MomentumTrail;
import com.tradesuite.schemas.event.CooldownStarted;
import com.tradesuite.schemas.event.Event;
import com.tradesuite.schemas.event.EventEnvelope;
import com.tradesuite.schemas.event.OrderClass;
import com.tradesuite.schemas.event.OrderIntentRecorded;
import com.tradesuite.schemas.event.OrderPurpose;
import com.tradesuite.schemas.event.OrderReplaceRequested;
import com.tradesuite.schemas.event.OrderType;
import com.tradesuite.schemas.event.Side;
import com.tradesuite.schemas.topic.Topic;
import com.tradesuite.schemas.topic.TopicCatalog;
import com.tradesuite.seller.SellerScenario;
import com.tradesuite.seller.config.SellerSettings;
import com.tradesuite.service.broker.BrokerPort;
import com.tradesuite.service.log.EventLog;
import com.tradesuite.service.log.LoggedEvent;
import com.tradesuite.service.testkit.FakeBroker;

class SellerCoreTest {

    /** A PATCH the seller sent, as the fake broker recorded it. */
    record Patch(String brokerOrderId, String newClientOrderId, BigDecimal newStop) {
    }

    /**
     * The seller with the test kit's fake broker and a log that records its appends as "append ID" in the broker's
     * call list, so one list shows the order of appends and broker calls.
     */
    static final class Seller {
        final FakeBroker broker = new FakeBroker();
        final List<EventEnvelope<?>> appended = new ArrayList<>();
        boolean logDown;
        final SellerCore core;

        Seller(SellerSettings settings) {
            core = new SellerCore(settings, new EventLog() {
                @Override
                public <E extends Event> void append(Topic<E> topic, EventEnvelope<? extends E> envelope) {
                    if (logDown) {
                        throw new IllegalStateException("log unavailable");
                    }
                    assertThat(topic).isEqualTo(envelope.payload() instanceof CooldownStarted
                            ? TopicCatalog.COOLDOWNS : TopicCatalog.ORDERS);
                    appended.add(envelope);
                    broker.calls.add("append " + envelope.eventId());
                }
            }, broker);
        }

        List<String> calls() {
            return broker.calls;
        }

        List<EventEnvelope<OrderReplaceRequested>> intents() {
            return appendedOf(OrderReplaceRequested.class);
        }

        List<EventEnvelope<CooldownStarted>> cooldowns() {
            return appendedOf(CooldownStarted.class);
        }

        List<Patch> patches() {
            return broker.calls.stream().filter(call -> call.startsWith("replace ")).map(call -> call.split(" "))
                    .map(part -> new Patch(part[1], part[2], new BigDecimal(part[3]))).toList();
        }

        @SuppressWarnings("unchecked")
        private <P extends Event> List<EventEnvelope<P>> appendedOf(Class<P> type) {
            return appended.stream().filter(envelope -> type.isInstance(envelope.payload()))
                    .map(envelope -> (EventEnvelope<P>) envelope).toList();
        }
    }

    private final Seller recorder = new Seller(SellerScenario.settings());
    private final SellerCore core = recorder.core;

    private void live(EventEnvelope<?>... events) {
        for (EventEnvelope<?> event : events) {
            core.onEvent(event, false);
        }
    }

    private void live(List<EventEnvelope<?>> events) {
        events.forEach(event -> core.onEvent(event, false));
    }

    /** Feeds back what the seller appended, and the account watcher's record of the broker's replace. */
    private void confirmLastReplace(String oldBrokerId, String oldClientId, String newBrokerId) {
        EventEnvelope<OrderReplaceRequested> intent = recorder.intents().get(recorder.intents().size() - 1);
        live(intent, Events.replaced(SellerScenario.AAPL, oldBrokerId, oldClientId, newBrokerId,
                intent.payload().newClientOrderId(), intent.payload().stopPrice().toPlainString(),
                intent.occurredAt()));
    }

    @Test
    void givenRisingBarsThenTheStopLegIsRaisedIntentFirstAndNeverLowered() {
        live(bracketPosition("95"));
        live(bar(0, "100"), bar(1, "100"), bar(2, "100"));

        // ATR(3) = 1 after three bars of range 1: stop = 100 - 2 x 1
        assertThat(recorder.patches()).hasSize(1);
        EventEnvelope<OrderReplaceRequested> first = recorder.intents().get(0);
        assertThat(recorder.calls()).containsExactly("append " + first.eventId(),
                "replace b-sl " + first.payload().newClientOrderId() + " 98.00");
        assertThat(first.payload().purpose()).isEqualTo(OrderPurpose.TRAILING_STOP);
        assertThat(first.payload().brokerOrderId()).isEqualTo("b-sl");
        assertThat(first.payload().stopPrice()).isEqualByComparingTo("98.00");
        assertThat(first.eventId()).isEqualTo("replace:" + first.payload().newClientOrderId());
        assertThat(first.occurredAt()).isEqualTo(minute(3));
        assertThat(first.correlationId()).isEqualTo(SellerScenario.SIGNAL);
        assertThat(first.causationId()).isEqualTo(bar(2, "100").eventId());
        assertThat(recorder.patches().get(0)).isEqualTo(new Patch("b-sl", first.payload().newClientOrderId(),
                first.payload().stopPrice()));
        confirmLastReplace("b-sl", "sl-1", "b-sl-1");

        live(bar(3, "102"));
        assertThat(recorder.patches()).hasSize(2);
        assertThat(recorder.patches().get(1).brokerOrderId()).isEqualTo("b-sl-1");
        assertThat(recorder.patches().get(1).newStop()).isEqualByComparingTo("99.00");
        confirmLastReplace("b-sl-1", first.payload().newClientOrderId(), "b-sl-2");

        live(bar(4, "104"));
        assertThat(recorder.patches()).hasSize(3);
        assertThat(recorder.patches().get(2).newStop()).isEqualByComparingTo("100.33");
        confirmLastReplace("b-sl-2", recorder.intents().get(1).payload().newClientOrderId(), "b-sl-3");

        // The price falls back and the ATR widens: the stop stays where it is.
        live(bar(5, "101"), bar(6, "100"), bar(7, "99.50"));
        assertThat(recorder.patches()).hasSize(3);
        assertThat(recorder.intents()).extracting(intent -> intent.payload().newClientOrderId()).doesNotHaveDuplicates();
    }

    @Test
    void givenFadingMomentumThenTheTrailTightensWhereTheBaseTrailWouldHold() {
        Seller momentumRecorder = new Seller(SellerScenario.settings(
                new MomentumTrail(3, dec("1.5"), dec("0.5"), dec("1.5"))));
        SellerCore withMomentum = momentumRecorder.core;
        Seller neutralRecorder = new Seller(SellerScenario.settings());
        SellerCore neutral = neutralRecorder.core;
        for (SellerCore seller : List.of(withMomentum, neutral)) {
            bracketPosition("95").forEach(event -> seller.onEvent(event, false));
        }
        // ATR(3) stays 1. Bar 2: 100 - 2 = 98.00; bar 3 (+0.5 ATR over 3 bars, steady): 100.5 - 2 = 98.50.
        tradeAndConfirm(withMomentum, momentumRecorder, bar(0, "100"), bar(1, "100"), bar(2, "100"),
                bar(3, "100.5"));
        tradeAndConfirm(neutral, neutralRecorder, bar(0, "100"), bar(1, "100"), bar(2, "100"), bar(3, "100.5"));
        assertThat(momentumRecorder.patches()).extracting(Patch::newStop).map(BigDecimal::toPlainString)
                .containsExactly("98.00", "98.50");

        // When the close falls below where it was three bars ago, momentum has faded: the trail moves to 1 ATR.
        tradeAndConfirm(withMomentum, momentumRecorder, bar(4, "100.2"), bar(5, "99.8"));
        tradeAndConfirm(neutral, neutralRecorder, bar(4, "100.2"), bar(5, "99.8"));

        assertThat(neutralRecorder.patches()).as("the base 2 ATR trail holds at 98.50").hasSize(2);
        assertThat(momentumRecorder.patches()).hasSize(3);
        assertThat(momentumRecorder.patches().get(2).newStop()).isEqualByComparingTo("99.50");
        assertThat(momentumRecorder.intents().get(2).payload().reason()).contains("momentum faded");
    }

    /** Feeds bars; each replace the seller asks for is confirmed by the broker before the next bar. */
    private static void tradeAndConfirm(SellerCore seller, Seller rec, EventEnvelope<?>... bars) {
        for (EventEnvelope<?> bar : bars) {
            int before = rec.intents().size();
            seller.onEvent(bar, false);
            List<EventEnvelope<OrderReplaceRequested>> intents = rec.intents();
            if (intents.size() > before) {
                EventEnvelope<OrderReplaceRequested> intent = intents.get(intents.size() - 1);
                String oldClientId = intents.size() == 1 ? SellerScenario.SL_ID
                        : intents.get(intents.size() - 2).payload().newClientOrderId();
                seller.onEvent(intent, false);
                seller.onEvent(Events.replaced(SellerScenario.AAPL, intent.payload().brokerOrderId(), oldClientId,
                        "b-sl-" + intents.size(), intent.payload().newClientOrderId(),
                        intent.payload().stopPrice().toPlainString(), intent.occurredAt()), false);
            }
        }
    }

    @Test
    void givenReplayedEventsThenItNeverActs() {
        bracketPosition("95").forEach(event -> core.onEvent(event, true));
        for (int minute = 0; minute < 5; minute++) {
            core.onEvent(bar(minute, String.valueOf(100 + 2 * minute)), true);
        }
        core.onEvent(exit("x-loss", "-50", minute(6)), true);

        assertThat(recorder.calls()).isEmpty();
    }

    @Test
    void givenADuplicateBarThenItDoesNotCountTwice() {
        live(bracketPosition("95"));
        live(bar(0, "100"), bar(1, "100"), bar(1, "100"));

        assertThat(recorder.patches()).as("two bars do not seed ATR(3)").isEmpty();
    }

    @Test
    void givenAHigherLayersIntentInFlightThenItWaits() {
        live(bracketPosition("95"));
        live(env(SellerScenario.AAPL, new OrderIntentRecorded("reprotect-1", OrderPurpose.REPROTECT, Side.SELL, OrderType.LIMIT,
                OrderClass.OCO, dec("10"), dec("130"), null, dec("130"), dec("96"), "gtc", "re-protect"), minute(2)));
        live(bar(0, "100"), bar(1, "100"), bar(2, "100"));

        assertThat(recorder.calls()).isEmpty();
    }

    @Test
    void givenItsOwnUnconfirmedReplaceThenItWaitsAndSendsTheSameOneAgainAfterTheGrace() {
        live(bracketPosition("95"));
        recorder.broker.replaceOutcomes.add(new BrokerPort.ReplaceOutcome.Failed("HTTP 503"));
        live(bar(0, "100"), bar(1, "100"), bar(2, "100"));
        String pending = recorder.intents().get(0).payload().newClientOrderId();

        live(bar(3, "102"));
        assertThat(recorder.patches()).as("the replace requested at 14:34 is in flight until 14:36").hasSize(1);

        live(bar(4, "104"));
        assertThat(recorder.intents()).as("the intent is already on the log").hasSize(1);
        assertThat(recorder.patches()).hasSize(2);
        assertThat(recorder.patches().get(1)).isEqualTo(new Patch("b-sl", pending, dec("98.00")));
    }

    @Test
    void givenARefusedReplaceThenItIsReconsideredOnTheNextBar() {
        live(bracketPosition("95"));
        recorder.broker.replaceOutcomes.add(new BrokerPort.ReplaceOutcome.Refused("HTTP 422: order is not replaceable"));
        live(bar(0, "100"), bar(1, "100"), bar(2, "100"));

        live(bar(3, "102"));
        assertThat(recorder.patches()).hasSize(2);
        assertThat(recorder.patches().get(1).newStop()).isEqualByComparingTo("99.00");
        assertThat(recorder.patches().get(1).newClientOrderId())
                .isNotEqualTo(recorder.patches().get(0).newClientOrderId());
    }

    @Test
    void givenTheLogDownThenNoPatchIsSent() {
        live(bracketPosition("95"));
        recorder.logDown = true;
        live(bar(0, "100"), bar(1, "100"), bar(2, "100"));

        assertThat(recorder.patches()).isEmpty();
    }

    @Test
    void givenNoPositionThenNoTrail() {
        live(bar(0, "100"), bar(1, "102"), bar(2, "104"), bar(3, "106"));

        assertThat(recorder.calls()).isEmpty();
    }

    @Test
    void givenALosingExitThenOneCooldownStartsFromMarketTimeAndADuplicateStartsNone() {
        live(bar(0, "100"));
        live(exit("x-loss", "-50.00", minute(0).plusSeconds(30)));
        live(exit("x-loss", "-50.00", minute(0).plusSeconds(30)));
        live(exit("x-win", "20.00", minute(0).plusSeconds(40)));

        assertThat(recorder.cooldowns()).hasSize(1);
        EventEnvelope<CooldownStarted> cooldown = recorder.cooldowns().get(0);
        assertThat(cooldown.eventId()).isEqualTo("cooldown:x-loss");
        assertThat(cooldown.payload().until()).isEqualTo(minute(1).plus(Duration.ofMinutes(30)));
        assertThat(cooldown.occurredAt()).isEqualTo(minute(1));
        assertThat(cooldown.correlationId()).isEqualTo(SellerScenario.SIGNAL);
        assertThat(cooldown.causationId()).isEqualTo("exit:x-loss");
    }

    @Test
    void givenADuplicateExitAfterARestartThenItFindsTheCooldownInTheLog() {
        EventEnvelope<CooldownStarted> logged = EventEnvelope.withId("cooldown:x-loss",
                new CooldownStarted(minute(31), "losing exit"), SellerScenario.AAPL, "seller-service", minute(1), null, null);
        core.onEvent(bar(0, "100"), true);
        core.onEvent(exit("x-loss", "-50", minute(0)), true);
        core.onEvent(logged, true);
        core.onReplayCompleted();
        live(exit("x-loss", "-50", minute(0)));

        assertThat(recorder.cooldowns()).isEmpty();
    }

    @Test
    void givenALosingExitFoundInTheReplayThenItGetsItsCooldownOnceAfterIt() {
        core.onEvent(bar(0, "100"), true);
        core.onEvent(exit("x-loss", "-50", minute(0)), true);
        core.onEvent(bar(5, "100"), true);
        core.onReplayCompleted();
        core.onReplayCompleted();

        assertThat(recorder.cooldowns()).hasSize(1);
        assertThat(recorder.cooldowns().get(0).payload().until()).as("runs from the exit, not from the replay")
                .isEqualTo(minute(1).plus(Duration.ofMinutes(30)));
    }

    @Test
    void givenALongerCooldownOfAnotherWriterThenItIsNotDoubled() {
        live(bar(0, "100"));
        live(env(SellerScenario.AAPL, new CooldownStarted(minute(120), "halt"), minute(1)));
        live(exit("x-loss", "-50", minute(1)));

        assertThat(recorder.cooldowns()).isEmpty();
    }

    @Test
    void givenItsOwnAppendComingBackFromTheLogThenTheEchoIsNotFoldedAgain() {
        live(bracketPosition("95"));
        live(bar(0, "100"), bar(1, "100"), bar(2, "100"));
        EventEnvelope<OrderReplaceRequested> intent = recorder.intents().get(0);

        // folded when written; a second fold of the echo would move the already pending stop again
        core.onEvent(new LoggedEvent(TopicCatalog.ORDERS.name(), 0, 7, 0, intent, false, true));
        core.onEvent(new LoggedEvent(TopicCatalog.MARKET_DATA.name(), 0, 8, 0, bar(3, "102"), false, true));

        assertThat(core.state().marketTime()).as("an echo is skipped whatever it is").contains(minute(3));
        assertThat(core.state().trading().orders().inFlight(SellerScenario.AAPL)).singleElement()
                .satisfies(stop -> assertThat(stop.replacementClientOrderId())
                        .isEqualTo(intent.payload().newClientOrderId()));
    }

    @Test
    void givenAStateResetThenEverythingIsForgotten() {
        live(bracketPosition("95"));
        live(bar(0, "100"), bar(1, "100"));
        core.reset();
        live(bar(2, "100"));

        assertThat(recorder.calls()).isEmpty();
    }
}
