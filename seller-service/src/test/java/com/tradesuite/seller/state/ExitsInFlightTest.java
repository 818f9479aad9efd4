package com.tradesuite.seller.state;

import static com.tradesuite.seller.SellerScenario.AAPL;
import static com.tradesuite.seller.SellerScenario.bracketPosition;
import static com.tradesuite.seller.SellerScenario.minute;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.tradesuite.domain.Events;
import com.tradesuite.schemas.event.EventEnvelope;
import com.tradesuite.schemas.event.OrderClass;
import com.tradesuite.schemas.event.OrderIntentRecorded;
import com.tradesuite.schemas.event.OrderPurpose;
import com.tradesuite.schemas.event.OrderType;
import com.tradesuite.schemas.event.Side;
import com.tradesuite.seller.SellerScenario;

/** {@link SellerState#exitInFlight}: the one check whether an exit plan runs for a symbol. */
class ExitsInFlightTest {

    private static SellerState state(List<EventEnvelope<?>> events) {
        SellerState state = new SellerState(SellerScenario.settings());
        events.forEach(state::apply);
        return state;
    }

    private static List<EventEnvelope<?>> plus(List<EventEnvelope<?>> given, EventEnvelope<?>... more) {
        List<EventEnvelope<?>> events = new ArrayList<>(given);
        events.addAll(List.of(more));
        return events;
    }

    @Test
    void givenAPlanClaimedTheSymbol_whenAnotherOwnerAsks_thenItIsInFlightUntilTheOwnerReleasesIt() {
        SellerState state = state(bracketPosition("95"));
        assertThat(state.exitInFlight(AAPL)).isEmpty();

        assertThat(state.exits().claim(AAPL, "PARTIAL_PROFIT", minute(1))).isTrue();

        assertThat(state.exits().claim(AAPL, "SIGNAL_EXIT", minute(1))).isFalse();
        assertThat(state.exitInFlight(AAPL)).hasValueSatisfying(why -> assertThat(why).contains("PARTIAL_PROFIT"));
        state.exits().release(AAPL, "SIGNAL_EXIT");
        assertThat(state.exitInFlight(AAPL)).isPresent();
        state.exits().release(AAPL, "PARTIAL_PROFIT");
        assertThat(state.exitInFlight(AAPL)).isEmpty();
    }

    @Test
    void givenTheRiskManagersFallbackSaleWorking_whenTheSellerAsks_thenAnExitIsInFlight() {
        SellerState state = state(plus(bracketPosition("95"),
                Events.exitIntent(AAPL, "fallback-1", OrderPurpose.FALLBACK_EXIT, OrderType.MARKET, "10", null,
                        minute(1))));
        assertThat(state.exitInFlight(AAPL)).hasValueSatisfying(why -> assertThat(why).contains("FALLBACK_EXIT"));

        state.apply(Events.accepted(AAPL, "b-fallback-1", "fallback-1", null, Side.SELL, OrderType.MARKET,
                OrderClass.SIMPLE, "10", null, null, "new", minute(1)));

        assertThat(state.exitInFlight(AAPL)).isPresent();
    }

    @Test
    void givenARestingPartialProfitLimit_whenTheSellerAsks_thenNoPlanIsInFlight() {
        SellerState state = state(plus(bracketPosition("95"),
                Events.env(AAPL, new OrderIntentRecorded("partial-1", OrderPurpose.PARTIAL_PROFIT, Side.SELL,
                        OrderType.LIMIT, OrderClass.SIMPLE, Events.dec("5"), Events.dec("120"), null, null, null,
                        "gtc", "partial"), minute(1)),
                Events.accepted(AAPL, "b-partial-1", "partial-1", null, Side.SELL, OrderType.LIMIT,
                        OrderClass.SIMPLE, "5", "120", null, "new", minute(1))));

        assertThat(state.exitInFlight(AAPL)).isEmpty();
    }
}
