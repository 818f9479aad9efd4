package com.tradesuite.domain.exit;

import static com.tradesuite.domain.Events.AAPL;
import static com.tradesuite.domain.Events.at;
import static com.tradesuite.domain.Events.dec;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import com.tradesuite.domain.Events;
import com.tradesuite.domain.Scenario;
import com.tradesuite.domain.TradingState;
import com.tradesuite.domain.position.Position;
import com.tradesuite.schemas.event.EventEnvelope;
import com.tradesuite.schemas.event.OrderPurpose;
import com.tradesuite.schemas.event.OrderType;
import org.junit.jupiter.api.Test;

class RiskRulesTest {

    private final FallbackExitRule fallback = new FallbackExitRule(Duration.ofSeconds(5), Duration.ofSeconds(2));
    private final HardStopRule hardStop = new HardStopRule(dec("1.5"), dec("0.05"), Duration.ofSeconds(10));

    private FallbackDecision fallback(List<EventEnvelope<?>> given, String price, int breachedAt, int now) {
        TradingState state = TradingState.of(given);
        return fallback.evaluate(state.positions().position(AAPL), state.orders(), dec(price),
                breachedAt < 0 ? null : at(breachedAt), at(now));
    }

    @Test
    void priceThroughTheStopFirstGivesTheStopItsGracePeriod() {
        FallbackDecision first = fallback(Scenario.bracketEntryFilled(), "226.00", -1, 10);
        assertThat(first).isInstanceOf(FallbackDecision.Wait.class);
        assertThat(first.breachedSince()).isEqualTo(at(10));

        assertThat(fallback(Scenario.bracketEntryFilled(), "226.00", 10, 14)).isInstanceOf(FallbackDecision.Wait.class);
    }

    @Test
    void aPositionStillOpenAfterTheGraceExitsAtMarketCancellingTheHeldLegsFirst() {
        FallbackDecision decision = fallback(Scenario.bracketEntryFilled(), "225.50", 10, 15);

        assertThat(decision).isInstanceOfSatisfying(FallbackDecision.ExitAtMarket.class, exit -> {
            assertThat(exit.exit().cancelBrokerOrderIds())
                    .containsExactlyInAnyOrder(Scenario.TP_BROKER_ID, Scenario.SL_BROKER_ID);
            assertThat(exit.exit().qty()).isEqualByComparingTo("59");
            assertThat(exit.exit().purpose()).isEqualTo(OrderPurpose.FALLBACK_EXIT);
            assertThat(exit.exit().reason()).contains("226.40");
        });
    }

    @Test
    void priceBackAboveTheStopEndsTheBreach() {
        FallbackDecision decision = fallback(Scenario.bracketEntryFilled(), "226.41", 10, 30);

        assertThat(decision).isInstanceOf(FallbackDecision.Clear.class);
        assertThat(decision.breachedSince()).isNull();
    }

    @Test
    void theFallbackWaitsWhileTheHardStopHasAnIntentInFlight() {
        List<EventEnvelope<?>> given = Scenario.plus(Scenario.bracketEntryFilled(),
                Events.exitIntent(AAPL, "emergency-1", OrderPurpose.EMERGENCY_EXIT, OrderType.MARKET, "59", null,
                        at(14)));

        assertThat(fallback(given, "225.50", 10, 15)).isInstanceOfSatisfying(FallbackDecision.Wait.class,
                wait -> assertThat(wait.reason()).contains("emergency-1"));
    }

    @Test
    void theHardStopSitsOneAndAHalfInitialRisksBelowTheEntry() {
        TradingState state = TradingState.of(Scenario.bracketEntryFilled());
        Position position = state.positions().position(AAPL);

        // 228.93 - 1.5 x 2.53 = 225.135 -> 225.13
        assertThat(hardStop.hardStopPrice(position)).get().isEqualTo(dec("225.13"));
        assertThat(hardStop.evaluate(position, state.orders(), dec("225.14"), at(10)))
                .isInstanceOf(HardStopDecision.NoAction.class);
        assertThat(hardStop.evaluate(position, state.orders(), dec("225.13"), at(10)))
                .isInstanceOfSatisfying(HardStopDecision.EmergencyExit.class, exit -> {
                    assertThat(exit.exit().cancelBrokerOrderIds())
                            .containsExactlyInAnyOrder(Scenario.TP_BROKER_ID, Scenario.SL_BROKER_ID);
                    assertThat(exit.exit().toIntent().purpose()).isEqualTo(OrderPurpose.EMERGENCY_EXIT);
                    assertThat(exit.exit().toIntent().orderType()).isEqualTo(OrderType.MARKET);
                });
    }

    @Test
    void withoutAKnownRiskTheHardStopIsAFractionBelowTheEntry() {
        Position position = TradingState.of(List.of(Events.buy(AAPL, "x1", "b1", "manual", "10", "100", at(0))))
                .positions().position(AAPL);

        assertThat(hardStop.hardStopPrice(position)).get().isEqualTo(dec("95.00"));
    }

    @Test
    void theHardStopDoesNotWaitForALowerLayerButNeverDoublesItsOwnExit() {
        List<EventEnvelope<?>> sellerBusy = Scenario.plus(Scenario.bracketEntryFilled(),
                Events.replaceRequested(AAPL, Scenario.SL_BROKER_ID, "trail-1", "227.00", at(9)));
        TradingState busy = TradingState.of(sellerBusy);
        assertThat(hardStop.evaluate(busy.positions().position(AAPL), busy.orders(), dec("225.00"), at(10)))
                .isInstanceOf(HardStopDecision.EmergencyExit.class);

        List<EventEnvelope<?>> ownInFlight = Scenario.plus(Scenario.bracketEntryFilled(),
                Events.exitIntent(AAPL, "emergency-1", OrderPurpose.EMERGENCY_EXIT, OrderType.MARKET, "59", null,
                        at(9)));
        TradingState own = TradingState.of(ownInFlight);
        assertThat(hardStop.evaluate(own.positions().position(AAPL), own.orders(), dec("225.00"), at(10)))
                .isInstanceOf(HardStopDecision.NoAction.class);
    }
}
