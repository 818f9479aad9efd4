package com.tradesuite.risk.exit;

import static com.tradesuite.risk.Fixtures.ENTRY_ID;
import static com.tradesuite.risk.Fixtures.SIGNAL;
import static com.tradesuite.risk.Fixtures.STOP_LEG;
import static com.tradesuite.risk.Fixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;

import com.tradesuite.risk.Fixtures;
import com.tradesuite.risk.RecordingSink;
import com.tradesuite.risk.state.RiskState;
import com.tradesuite.schemas.event.EventEnvelope;
import com.tradesuite.schemas.event.ExitAttributed;
import com.tradesuite.schemas.event.ExitLayer;
import com.tradesuite.schemas.event.OrderFilled;
import com.tradesuite.schemas.event.OrderType;
import com.tradesuite.schemas.event.Side;

import org.junit.jupiter.api.Test;

/** One exit-source record per position-reducing fill, from the position before the fill, never twice. */
class ExitAttributorTest {

    private final RiskState state = new RiskState();
    private final RecordingSink log = new RecordingSink(null);
    private final ExitAttributor attributor = new ExitAttributor();

    @Test
    void aStopLegFillReplayedWithoutItsAttributionIsAttributedOnceAfterReplay() {
        Fixtures.protectedPosition().forEach(event -> fold(event));
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
            assertThat(exit.realizedPnl()).isEqualByComparingTo("-60");
            assertThat(exit.rMultiple()).isEqualByComparingTo("-1.2");
        });
        assertThat(state.position(Fixtures.SYMBOL).isOpen()).isFalse();
    }

    @Test
    void aFillWhoseAttributionIsAlreadyLoggedIsNotAttributedAgain() {
        Fixtures.protectedPosition().forEach(event -> fold(event));
        fold(stopFill());
        attributor.publishPending(new RecordingSink(null));
        attributor.reset();
        RiskState restarted = new RiskState();
        Fixtures.protectedPosition().forEach(restarted::apply);

        EventEnvelope<OrderFilled> fill = stopFill();
        attributor.beforeFold(fill, fill.payload(), restarted);
        restarted.apply(fill);
        attributor.onAttributed(EventEnvelope.withId("exit:x-stop", new ExitAttributed("x-stop", STOP_LEG, "sl-1",
                ExitLayer.EXCHANGE_BRACKET, "stop-loss leg", OrderType.STOP, Fixtures.dec("94"), Fixtures.dec("10"),
                Fixtures.dec("-60"), Fixtures.dec("-1.2"), Fixtures.dec("0")), Fixtures.SYMBOL, "risk-manager-service",
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
        return Fixtures.fill("x-stop", STOP_LEG, "sl-1", ENTRY_ID, Side.SELL, OrderType.STOP, "94", "0",
                T0.plusSeconds(30));
    }
}
