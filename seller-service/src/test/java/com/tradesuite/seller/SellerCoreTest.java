package com.tradesuite.seller;

import static com.tradesuite.seller.Fixtures.bar;
import static com.tradesuite.seller.Fixtures.bracketPosition;
import static com.tradesuite.seller.Fixtures.dec;
import static com.tradesuite.seller.Fixtures.env;
import static com.tradesuite.seller.Fixtures.exit;
import static com.tradesuite.seller.Fixtures.minute;
import static com.tradesuite.seller.Fixtures.replaced;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.tradesuite.domain.exit.MomentumTrail;
import com.tradesuite.schemas.event.CooldownStarted;
import com.tradesuite.schemas.event.EventEnvelope;
import com.tradesuite.schemas.event.OrderClass;
import com.tradesuite.schemas.event.OrderIntentRecorded;
import com.tradesuite.schemas.event.OrderPurpose;
import com.tradesuite.schemas.event.OrderReplaceRequested;
import com.tradesuite.schemas.event.OrderType;
import com.tradesuite.schemas.event.Side;

class SellerCoreTest {

    private final Recorder recorder = new Recorder();
    private final SellerCore core = new SellerCore(Fixtures.settings(), recorder, recorder);

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
        EventEnvelope<OrderReplaceRequested> intent = recorder.intents.get(recorder.intents.size() - 1);
        live(intent, replaced(oldBrokerId, oldClientId, newBrokerId, intent.payload().newClientOrderId(),
                intent.payload().stopPrice().toPlainString(), intent.occurredAt()));
    }

    @Test
    void raisesTheStopLegIntentFirstAndNeverLowersIt() {
        live(bracketPosition("95"));
        live(bar(0, "100"), bar(1, "100"), bar(2, "100"));

        // ATR(3) = 1 after three bars of range 1: stop = 100 - 2 x 1
        assertThat(recorder.patches).hasSize(1);
        EventEnvelope<OrderReplaceRequested> first = recorder.intents.get(0);
        assertThat(recorder.calls).containsExactly(first, recorder.patches.get(0));
        assertThat(first.payload().purpose()).isEqualTo(OrderPurpose.TRAILING_STOP);
        assertThat(first.payload().brokerOrderId()).isEqualTo("b-sl");
        assertThat(first.payload().stopPrice()).isEqualByComparingTo("98.00");
        assertThat(first.eventId()).isEqualTo("replace:" + first.payload().newClientOrderId());
        assertThat(first.occurredAt()).isEqualTo(minute(3));
        assertThat(first.correlationId()).isEqualTo(Fixtures.SIGNAL);
        assertThat(first.causationId()).isEqualTo(bar(2, "100").eventId());
        assertThat(recorder.patches.get(0)).isEqualTo(new Recorder.Patch("b-sl", first.payload().newClientOrderId(),
                first.payload().stopPrice()));
        confirmLastReplace("b-sl", "sl-1", "b-sl-1");

        live(bar(3, "102"));
        assertThat(recorder.patches).hasSize(2);
        assertThat(recorder.patches.get(1).brokerOrderId()).isEqualTo("b-sl-1");
        assertThat(recorder.patches.get(1).newStop()).isEqualByComparingTo("99.00");
        confirmLastReplace("b-sl-1", first.payload().newClientOrderId(), "b-sl-2");

        live(bar(4, "104"));
        assertThat(recorder.patches).hasSize(3);
        assertThat(recorder.patches.get(2).newStop()).isEqualByComparingTo("100.33");
        confirmLastReplace("b-sl-2", recorder.intents.get(1).payload().newClientOrderId(), "b-sl-3");

        // The price falls back and the ATR widens: the stop stays where it is.
        live(bar(5, "101"), bar(6, "100"), bar(7, "99.50"));
        assertThat(recorder.patches).hasSize(3);
        assertThat(recorder.intents).extracting(intent -> intent.payload().newClientOrderId()).doesNotHaveDuplicates();
    }

    @Test
    void givenFadingMomentumThenTheTrailTightensWhereTheBaseTrailWouldHold() {
        SellerCore withMomentum = new SellerCore(Fixtures.settings(
                new MomentumTrail(3, dec("1.5"), dec("0.5"), dec("1.5"))), recorder, recorder);
        Recorder neutralRecorder = new Recorder();
        SellerCore neutral = new SellerCore(Fixtures.settings(), neutralRecorder, neutralRecorder);
        for (SellerCore seller : List.of(withMomentum, neutral)) {
            bracketPosition("95").forEach(event -> seller.onEvent(event, false));
        }
        // ATR(3) stays 1. Bar 2: 100 - 2 = 98.00; bar 3 (+0.5 ATR over 3 bars, steady): 100.5 - 2 = 98.50.
        tradeAndConfirm(withMomentum, recorder, bar(0, "100"), bar(1, "100"), bar(2, "100"), bar(3, "100.5"));
        tradeAndConfirm(neutral, neutralRecorder, bar(0, "100"), bar(1, "100"), bar(2, "100"), bar(3, "100.5"));
        assertThat(recorder.patches).extracting(Recorder.Patch::newStop).map(BigDecimal::toPlainString)
                .containsExactly("98.00", "98.50");

        // When the close falls below where it was three bars ago, momentum has faded: the trail moves to 1 ATR.
        tradeAndConfirm(withMomentum, recorder, bar(4, "100.2"), bar(5, "99.8"));
        tradeAndConfirm(neutral, neutralRecorder, bar(4, "100.2"), bar(5, "99.8"));

        assertThat(neutralRecorder.patches).as("the base 2 ATR trail holds at 98.50").hasSize(2);
        assertThat(recorder.patches).hasSize(3);
        assertThat(recorder.patches.get(2).newStop()).isEqualByComparingTo("99.50");
        assertThat(recorder.intents.get(2).payload().reason()).contains("momentum faded");
    }

    /** Feeds bars; each replace the seller asks for is confirmed by the broker before the next bar. */
    private static void tradeAndConfirm(SellerCore seller, Recorder rec, EventEnvelope<?>... bars) {
        for (EventEnvelope<?> bar : bars) {
            int before = rec.intents.size();
            seller.onEvent(bar, false);
            if (rec.intents.size() > before) {
                EventEnvelope<OrderReplaceRequested> intent = rec.intents.get(rec.intents.size() - 1);
                String oldClientId = rec.intents.size() == 1 ? "sl-1"
                        : rec.intents.get(rec.intents.size() - 2).payload().newClientOrderId();
                seller.onEvent(intent, false);
                seller.onEvent(replaced(intent.payload().brokerOrderId(), oldClientId, "b-sl-" + rec.intents.size(),
                        intent.payload().newClientOrderId(), intent.payload().stopPrice().toPlainString(),
                        intent.occurredAt()), false);
            }
        }
    }

    @Test
    void neverActsOnReplayedEvents() {
        bracketPosition("95").forEach(event -> core.onEvent(event, true));
        for (int minute = 0; minute < 5; minute++) {
            core.onEvent(bar(minute, String.valueOf(100 + 2 * minute)), true);
        }
        core.onEvent(exit("x-loss", "-50", minute(6)), true);

        assertThat(recorder.calls).isEmpty();
    }

    @Test
    void aDuplicateBarDoesNotCountTwice() {
        live(bracketPosition("95"));
        live(bar(0, "100"), bar(1, "100"), bar(1, "100"));

        assertThat(recorder.patches).as("two bars do not seed ATR(3)").isEmpty();
    }

    @Test
    void waitsWhileAHigherLayerHasAnIntentInFlight() {
        live(bracketPosition("95"));
        live(env(new OrderIntentRecorded("reprotect-1", OrderPurpose.REPROTECT, Side.SELL, OrderType.LIMIT,
                OrderClass.OCO, dec("10"), dec("130"), null, dec("130"), dec("96"), "gtc", "re-protect"), minute(2)));
        live(bar(0, "100"), bar(1, "100"), bar(2, "100"));

        assertThat(recorder.calls).isEmpty();
    }

    @Test
    void waitsForItsOwnUnconfirmedReplaceAndSendsTheSameOneAgainAfterTheGrace() {
        live(bracketPosition("95"));
        recorder.nextOutcome = new StopReplacer.ReplaceOutcome.Failed("HTTP 503");
        live(bar(0, "100"), bar(1, "100"), bar(2, "100"));
        String pending = recorder.intents.get(0).payload().newClientOrderId();

        live(bar(3, "102"));
        assertThat(recorder.patches).as("the replace requested at 14:34 is in flight until 14:36").hasSize(1);

        live(bar(4, "104"));
        assertThat(recorder.intents).as("the intent is already on the log").hasSize(1);
        assertThat(recorder.patches).hasSize(2);
        assertThat(recorder.patches.get(1)).isEqualTo(new Recorder.Patch("b-sl", pending, dec("98.00")));
    }

    @Test
    void aRefusedReplaceIsReconsideredOnTheNextBar() {
        live(bracketPosition("95"));
        recorder.nextOutcome = new StopReplacer.ReplaceOutcome.Refused("HTTP 422: order is not replaceable");
        live(bar(0, "100"), bar(1, "100"), bar(2, "100"));

        live(bar(3, "102"));
        assertThat(recorder.patches).hasSize(2);
        assertThat(recorder.patches.get(1).newStop()).isEqualByComparingTo("99.00");
        assertThat(recorder.patches.get(1).newClientOrderId())
                .isNotEqualTo(recorder.patches.get(0).newClientOrderId());
    }

    @Test
    void noPatchWhenTheIntentCannotBeLogged() {
        live(bracketPosition("95"));
        recorder.logDown = true;
        live(bar(0, "100"), bar(1, "100"), bar(2, "100"));

        assertThat(recorder.patches).isEmpty();
    }

    @Test
    void noTrailWithoutAPosition() {
        live(bar(0, "100"), bar(1, "102"), bar(2, "104"), bar(3, "106"));

        assertThat(recorder.calls).isEmpty();
    }

    @Test
    void aLosingExitStartsOneCooldownFromMarketTimeAndADuplicateNone() {
        live(bar(0, "100"));
        live(exit("x-loss", "-50.00", minute(0).plusSeconds(30)));
        live(exit("x-loss", "-50.00", minute(0).plusSeconds(30)));
        live(exit("x-win", "20.00", minute(0).plusSeconds(40)));

        assertThat(recorder.cooldowns).hasSize(1);
        EventEnvelope<CooldownStarted> cooldown = recorder.cooldowns.get(0);
        assertThat(cooldown.eventId()).isEqualTo("cooldown:x-loss");
        assertThat(cooldown.payload().until()).isEqualTo(minute(1).plus(Duration.ofMinutes(30)));
        assertThat(cooldown.occurredAt()).isEqualTo(minute(1));
        assertThat(cooldown.correlationId()).isEqualTo(Fixtures.SIGNAL);
        assertThat(cooldown.causationId()).isEqualTo("exit:x-loss");
    }

    @Test
    void aDuplicateExitAfterARestartFindsTheCooldownInTheLog() {
        EventEnvelope<CooldownStarted> logged = EventEnvelope.withId("cooldown:x-loss",
                new CooldownStarted(minute(31), "losing exit"), Fixtures.AAPL, "seller-service", minute(1), null, null);
        core.onEvent(bar(0, "100"), true);
        core.onEvent(exit("x-loss", "-50", minute(0)), true);
        core.onEvent(logged, true);
        core.onReplayCompleted();
        live(exit("x-loss", "-50", minute(0)));

        assertThat(recorder.cooldowns).isEmpty();
    }

    @Test
    void aLosingExitFoundInTheReplayGetsItsCooldownOnceAfterIt() {
        core.onEvent(bar(0, "100"), true);
        core.onEvent(exit("x-loss", "-50", minute(0)), true);
        core.onEvent(bar(5, "100"), true);
        core.onReplayCompleted();
        core.onReplayCompleted();

        assertThat(recorder.cooldowns).hasSize(1);
        assertThat(recorder.cooldowns.get(0).payload().until()).as("runs from the exit, not from the replay")
                .isEqualTo(minute(1).plus(Duration.ofMinutes(30)));
    }

    @Test
    void aRunningLongerCooldownOfAnotherWriterIsNotDoubled() {
        live(bar(0, "100"));
        live(env(new CooldownStarted(minute(120), "halt"), minute(1)));
        live(exit("x-loss", "-50", minute(1)));

        assertThat(recorder.cooldowns).isEmpty();
    }

    @Test
    void aStateResetForgetsEverything() {
        live(bracketPosition("95"));
        live(bar(0, "100"), bar(1, "100"));
        core.reset();
        live(bar(2, "100"));

        assertThat(recorder.calls).isEmpty();
    }
}
