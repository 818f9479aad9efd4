package com.tradesuite.domain.exit;

import static com.tradesuite.domain.Events.AAPL;
import static com.tradesuite.domain.Events.at;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import com.tradesuite.domain.Events;
import com.tradesuite.domain.Scenario;
import com.tradesuite.domain.TradingState;
import com.tradesuite.domain.order.ClientOrderIds;
import com.tradesuite.domain.position.Position;
import com.tradesuite.schemas.event.EventEnvelope;
import com.tradesuite.schemas.event.ExitAttributed;
import com.tradesuite.schemas.event.ExitLayer;
import com.tradesuite.schemas.event.OrderClass;
import com.tradesuite.schemas.event.OrderFilled;
import com.tradesuite.schemas.event.OrderPurpose;
import com.tradesuite.schemas.event.OrderType;
import com.tradesuite.schemas.event.Side;
import org.junit.jupiter.api.Test;

class FlattenRuleTest {

    private final FlattenRule flatten = new FlattenRule(Duration.ofSeconds(10));

    private FlattenRule.Decision decide(List<EventEnvelope<?>> given, int now) {
        TradingState state = TradingState.of(given);
        return flatten.evaluate(state.positions().position(AAPL), state.orders(), "operator:1", at(now));
    }

    @Test
    void givenAnOpenBracketPositionWhenFlattenedThenItsLegsAreCancelledAndTheWholePositionSoldAtMarket() {
        FlattenRule.Decision decision = decide(Scenario.bracketEntryFilled(), 20);

        MarketExitPlan plan = decision.exit().orElseThrow();
        assertThat(plan.cancelBrokerOrderIds()).containsExactlyInAnyOrder(Scenario.TP_BROKER_ID, Scenario.SL_BROKER_ID);
        assertThat(plan.qty()).isEqualByComparingTo("59");
        assertThat(plan.toIntent().purpose()).isEqualTo(OrderPurpose.FLATTEN);
        assertThat(plan.toIntent().orderType()).isEqualTo(OrderType.MARKET);
        assertThat(plan.reason()).contains("flatten-all", "operator:1");
    }

    @Test
    void givenNoPositionWhenFlattenedThenNothingIsDone() {
        TradingState state = TradingState.of(List.of());

        assertThat(flatten.evaluate(state.positions().position(AAPL), state.orders(), "operator:1", at(20)).exit())
                .isEmpty();
    }

    @Test
    void givenTheFlattenExitInFlightWhenEvaluatedAgainAfterARestartThenItIsNotRepeated() {
        Position position = TradingState.of(Scenario.bracketEntryFilled()).positions().position(AAPL);
        String first = ClientOrderIds.forPositionOrder(OrderPurpose.FLATTEN, AAPL, position.openedAt(), 0);
        List<EventEnvelope<?>> given = Scenario.plus(Scenario.bracketEntryFilled(),
                Events.exitIntent(AAPL, first, OrderPurpose.FLATTEN, OrderType.MARKET, "59", null, at(15)));

        FlattenRule.Decision decision = decide(given, 16);

        assertThat(decision.exit()).isEmpty();
        assertThat(decision.reason()).contains(first);
    }

    @Test
    void givenARefusedFlattenExitWhenEvaluatedAgainThenTheNextAttemptGetsAFreshClientOrderId() {
        Position position = TradingState.of(Scenario.bracketEntryFilled()).positions().position(AAPL);
        String first = ClientOrderIds.forPositionOrder(OrderPurpose.FLATTEN, AAPL, position.openedAt(), 0);
        List<EventEnvelope<?>> given = Scenario.plus(Scenario.bracketEntryFilled(),
                Events.exitIntent(AAPL, first, OrderPurpose.FLATTEN, OrderType.MARKET, "59", null, at(15)),
                Events.rejected(AAPL, first, "insufficient qty", at(15)));

        MarketExitPlan plan = decide(given, 16).exit().orElseThrow();

        assertThat(plan.clientOrderId()).isNotEqualTo(first)
                .isEqualTo(ClientOrderIds.forPositionOrder(OrderPurpose.FLATTEN, AAPL, position.openedAt(), 1));
    }

    @Test
    void givenTheSellerReplacingItsStopWhenFlattenedThenTheFlattenDoesNotWaitForTheLowerLayer() {
        List<EventEnvelope<?>> given = Scenario.plus(Scenario.bracketEntryFilled(),
                Events.replaceRequested(AAPL, Scenario.SL_BROKER_ID, "trail-1", "227.00", at(19)));

        assertThat(decide(given, 20).exit()).isPresent();
    }

    @Test
    void givenAFlattenExitFilledWhenAttributedThenItIsTheTopLayerWithReasonFlattenAll() {
        Position position = TradingState.of(Scenario.bracketEntryFilled()).positions().position(AAPL);
        String id = ClientOrderIds.forPositionOrder(OrderPurpose.FLATTEN, AAPL, position.openedAt(), 0);
        TradingState state = TradingState.of(Scenario.plus(Scenario.bracketEntryFilled(),
                Events.exitIntent(AAPL, id, OrderPurpose.FLATTEN, OrderType.MARKET, "59", null, at(15))));
        OrderFilled fill = Events.sell(AAPL, "x-flat", "b-flat", id, null, OrderType.MARKET, "59", "229.10", "0",
                at(16)).payload();

        ExitAttributed attributed = ExitAttribution.attribute(fill, state.positions().position(AAPL), state.orders())
                .orElseThrow();

        assertThat(attributed.layer()).isEqualTo(ExitLayer.RISK_HARD_STOP);
        assertThat(attributed.reason()).isEqualTo("flatten-all");
    }

    @Test
    void givenAFlattenExitWorkingWhenTheHardStopTripsThenItDoesNotSellASecondTime() {
        Position position = TradingState.of(Scenario.bracketEntryFilled()).positions().position(AAPL);
        String id = ClientOrderIds.forPositionOrder(OrderPurpose.FLATTEN, AAPL, position.openedAt(), 0);
        TradingState state = TradingState.of(Scenario.plus(Scenario.bracketEntryFilled(),
                Events.exitIntent(AAPL, id, OrderPurpose.FLATTEN, OrderType.MARKET, "59", null, at(15)),
                Events.accepted(AAPL, "b-flat", id, null, Side.SELL, OrderType.MARKET,
                        OrderClass.SIMPLE, "59", null, null, "new", at(15))));
        HardStopRule hardStop = new HardStopRule(Events.dec("1.5"), Events.dec("0.05"), Duration.ofSeconds(10));

        assertThat(hardStop.evaluate(state.positions().position(AAPL), state.orders(), Events.dec("200"), at(60)))
                .isInstanceOf(HardStopDecision.NoAction.class);
    }
}
