package com.tradesuite.risk.exit;

import static com.tradesuite.domain.Events.AAPL;
import static com.tradesuite.domain.Events.T0;
import static com.tradesuite.domain.Events.dec;
import static com.tradesuite.domain.Scenario.ENTRY_BROKER_ID;
import static com.tradesuite.domain.Scenario.SL_BROKER_ID;
import static com.tradesuite.domain.Scenario.SL_ID;
import static org.assertj.core.api.Assertions.assertThat;

import com.tradesuite.domain.Events;
import com.tradesuite.domain.Scenario;
import com.tradesuite.risk.RecordingLog;
import com.tradesuite.risk.state.RiskState;
import com.tradesuite.schemas.event.EventEnvelope;
import com.tradesuite.schemas.event.ExitAttributed;
import com.tradesuite.schemas.event.ExitLayer;
import com.tradesuite.schemas.event.OrderFilled;
import com.tradesuite.schemas.event.OrderType;

import org.junit.jupiter.api.Test;

/** One exit-source record per position-reducing fill, from the position before the fill, never twice. */
class ExitAttributorTest {

    /** The correlation id the scenario's entry was recorded with. */
    private static final String SIGNAL = "corr-AAPL";

    private final RiskState state = new RiskState();
    private final RecordingLog log = new RecordingLog(null);
    private final ExitAttributor attributor = new ExitAttributor();

    @Test
    void aStopLegFillReplayedWithoutItsAttributionIsAttributedOnceAfterReplay() {
        Scenario.bracketEntryFilled().forEach(event -> fold(event));
        fold(stopFill());

        attributor.publishPending(log);
        attributor.publishPending(log);

        assertThat(log.appended()).singleElement().satisfies(appended -> {
            EventEnvelope<?> envelope = appended.envelope();
            assertThat(appended.topic()).isEqualTo("exit-source");
            assertThat(envelope.eventId()).isEqualTo("exit:x-stop");
            assertThat(envelope.correlationId()).isEqualTo(SIGNAL);
            ExitAttributed exit = (ExitAttributed) envelope.payload();
            assertThat(exit.layer()).isEqualTo(ExitLayer.EXCHANGE_BRACKET);
            // 59 shares sold 2.53 (one R) below the 228.93 entry
            assertThat(exit.realizedPnl()).isEqualByComparingTo("-149.27");
            assertThat(exit.rMultiple()).isEqualByComparingTo("-1");
        });
        assertThat(state.position(AAPL).isOpen()).isFalse();
    }

    @Test
    void aFillWhoseAttributionIsAlreadyLoggedIsNotAttributedAgain() {
        Scenario.bracketEntryFilled().forEach(event -> fold(event));
        fold(stopFill());
        attributor.publishPending(new RecordingLog(null));
        attributor.reset();
        RiskState restarted = new RiskState();
        Scenario.bracketEntryFilled().forEach(restarted::apply);

        EventEnvelope<OrderFilled> fill = stopFill();
        attributor.beforeFold(fill, fill.payload(), restarted);
        restarted.apply(fill);
        attributor.onAttributed(EventEnvelope.withId("exit:x-stop", new ExitAttributed("x-stop", SL_BROKER_ID, SL_ID,
                ExitLayer.EXCHANGE_BRACKET, "stop-loss leg", OrderType.STOP, dec("226.40"), dec("59"),
                dec("-149.27"), dec("-1"), dec("0")), AAPL, "risk-manager-service",
                T0, SIGNAL, null));
        attributor.publishPending(log);

        assertThat(log.appended()).isEmpty();
    }

    private void fold(EventEnvelope<?> envelope) {
        if (envelope.payload() instanceof OrderFilled fill) {
            attributor.beforeFold(envelope, fill, state);
        }
        state.apply(envelope);
    }

    private static EventEnvelope<OrderFilled> stopFill() {
        return Events.sell(AAPL, "x-stop", SL_BROKER_ID, SL_ID, ENTRY_BROKER_ID, OrderType.STOP, "59", "226.40", "0",
                T0.plusSeconds(30));
    }
}
