package com.tradesuite.domain.exit;

import static com.tradesuite.domain.Events.AAPL;
import static com.tradesuite.domain.Events.at;
import static com.tradesuite.domain.Events.sell;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import com.tradesuite.domain.Events;
import com.tradesuite.domain.Scenario;
import com.tradesuite.domain.TradingState;
import com.tradesuite.domain.order.OrderRole;
import com.tradesuite.schemas.event.EventEnvelope;
import com.tradesuite.schemas.event.ExitAttributed;
import com.tradesuite.schemas.event.ExitLayer;
import com.tradesuite.schemas.event.OrderClass;
import com.tradesuite.schemas.event.OrderFilled;
import com.tradesuite.schemas.event.OrderPurpose;
import com.tradesuite.schemas.event.OrderType;
import com.tradesuite.schemas.event.Side;

/** Exit records as {@link ExitAttribution} writes them for the seed trade, read back as close reasons. */
class CloseReasonTest {

    private static ExitAttributed attribute(List<EventEnvelope<?>> given, EventEnvelope<OrderFilled> fill) {
        TradingState state = TradingState.of(given);
        return ExitAttribution.attribute(fill.payload(), state.positions().position(AAPL), state.orders())
                .orElseThrow();
    }

    /** The whole position sold by a simple order the given layer placed for {@code purpose}. */
    private static ExitAttributed exitFor(OrderPurpose purpose, OrderType type) {
        List<EventEnvelope<?>> given = Scenario.plus(Scenario.bracketEntryFilled(),
                Events.exitIntent(AAPL, "exit-1", purpose, type, "59", type == OrderType.STOP ? "227" : null, at(10)),
                Events.accepted(AAPL, "b-exit-1", "exit-1", null, Side.SELL, type, OrderClass.SIMPLE, "59", null,
                        type == OrderType.STOP ? "227" : null, "new", at(11)));
        return attribute(given, sell(AAPL, "x-exit", "b-exit-1", "exit-1", null, type, "59", "230", "0", at(100)));
    }

    private static ExitAttributed record(ExitLayer layer, String reason) {
        return new ExitAttributed("x-1", "b-1", "c-1", layer, reason, OrderType.MARKET, BigDecimal.TEN,
                BigDecimal.ONE, BigDecimal.ZERO, null, BigDecimal.ZERO);
    }

    @Test
    void givenTheBracketsStopLegFilled_whenMapped_thenStopLossHit() {
        ExitAttributed exit = attribute(Scenario.bracketEntryFilled(), sell(AAPL, "x-sl", Scenario.SL_BROKER_ID,
                Scenario.SL_ID, Scenario.ENTRY_BROKER_ID, OrderType.STOP, "59", "226.40", "0", at(100)));

        assertThat(CloseReason.of(exit)).contains(CloseReason.STOP_LOSS_HIT);
        assertThat(CloseReason.of(null, OrderRole.STOP_LOSS_LEG)).isEqualTo(CloseReason.STOP_LOSS_HIT);
        assertThat(CloseReason.of(OrderPurpose.ENTRY, OrderRole.STOP_LOSS_LEG)).isEqualTo(CloseReason.STOP_LOSS_HIT);
    }

    @Test
    void givenTheBracketsTakeProfitLegFilled_whenMapped_thenTakeProfitHit() {
        ExitAttributed exit = attribute(Scenario.bracketEntryFilled(), sell(AAPL, "x-tp", Scenario.TP_BROKER_ID,
                Scenario.TP_ID, Scenario.ENTRY_BROKER_ID, OrderType.LIMIT, "59", "233.90", "0", at(100)));

        assertThat(CloseReason.of(exit)).contains(CloseReason.TAKE_PROFIT_HIT);
        assertThat(CloseReason.of(null, OrderRole.TAKE_PROFIT_LEG)).isEqualTo(CloseReason.TAKE_PROFIT_HIT);
    }

    @Test
    void givenAStopLegTheSellerTrailed_whenMapped_thenTrailingStop() {
        List<EventEnvelope<?>> given = Scenario.plus(Scenario.bracketEntryFilled(),
                Events.replaceRequested(AAPL, Scenario.SL_BROKER_ID, "trail-1", "228.50", at(10)),
                Events.replaced(AAPL, Scenario.SL_BROKER_ID, Scenario.SL_ID, "b-trail-1", "trail-1", "228.50", at(11)));

        ExitAttributed exit = attribute(given, sell(AAPL, "x-trail", "b-trail-1", "trail-1",
                Scenario.ENTRY_BROKER_ID, OrderType.STOP, "59", "228.50", "0", at(100)));

        assertThat(exit.layer()).isEqualTo(ExitLayer.SELLER);
        assertThat(CloseReason.of(exit)).contains(CloseReason.TRAILING_STOP);
    }

    @Test
    void givenTheRiskManagersExits_whenMapped_thenFallbackExitAndEmergencyStop() {
        assertThat(CloseReason.of(exitFor(OrderPurpose.FALLBACK_EXIT, OrderType.MARKET)))
                .contains(CloseReason.FALLBACK_EXIT);
        assertThat(CloseReason.of(exitFor(OrderPurpose.EMERGENCY_EXIT, OrderType.MARKET)))
                .contains(CloseReason.EMERGENCY_STOP);
    }

    @Test
    void givenAReprotectionOcoFilled_whenMapped_thenItsLegDecides() {
        List<EventEnvelope<?>> given = Scenario.plus(Scenario.takeProfitHoldsSharesNoStop(),
                Events.ocoIntent(AAPL, "rp-1", "59", "233.90", "226.40", at(10)),
                Events.accepted(AAPL, "b-oco", "rp-1", null, Side.SELL, OrderType.LIMIT, OrderClass.OCO, "59",
                        "233.90", null, "new", at(11)),
                Events.accepted(AAPL, "b-oco-sl", "rp-1-sl", "b-oco", Side.SELL, OrderType.STOP, OrderClass.OCO, "59",
                        null, "226.40", "held", at(11)));

        ExitAttributed stop = attribute(given, Events.fill(AAPL, "x-oco", "b-oco-sl", "rp-1-sl", "b-oco", Side.SELL,
                OrderType.STOP, "59", "226.40", "59", "59", "0", at(100)));

        assertThat(CloseReason.of(stop)).contains(CloseReason.STOP_LOSS_HIT);
        assertThat(CloseReason.of(OrderPurpose.REPROTECT, OrderRole.OCO_TAKE_PROFIT))
                .isEqualTo(CloseReason.TAKE_PROFIT_HIT);
    }

    @Test
    void givenTheSellersPartialSignalAndTimeExits_whenMapped_thenEachHasItsOwnReason() {
        assertThat(CloseReason.of(exitFor(OrderPurpose.PARTIAL_PROFIT, OrderType.MARKET)))
                .contains(CloseReason.PARTIAL_PROFIT);
        assertThat(CloseReason.of(exitFor(OrderPurpose.SIGNAL_EXIT, OrderType.MARKET)))
                .contains(CloseReason.SIGNAL_EXIT);
        assertThat(CloseReason.of(exitFor(OrderPurpose.TIME_EXIT, OrderType.MARKET)))
                .contains(CloseReason.TIME_EXIT);
    }

    @Test
    void givenSharesThatLeftOutsideTheSuite_whenMapped_thenManual() {
        List<EventEnvelope<?>> given = Scenario.bracketEntryFilled();
        TradingState state = TradingState.of(given);
        ExitAttributed reconciled = ExitAttribution.attributeReconciliation(
                Events.reconciled(AAPL, "59", "0", null, "230", at(50)).payload(),
                state.positions().position(AAPL)).orElseThrow();
        ExitAttributed unattributed = attribute(List.of(Events.buy(AAPL, "x1", "b1", "manual", "10", "100", at(0))),
                sell(AAPL, "x2", "b-ui", "ui-close", null, OrderType.MARKET, "10", "103", "0", at(10)));

        assertThat(CloseReason.of(reconciled)).contains(CloseReason.MANUAL);
        assertThat(CloseReason.of(unattributed)).contains(CloseReason.MANUAL);
    }

    @Test
    void givenAMarketCloseLabelOfALaterWriter_whenMapped_thenMarketCloseByName() {
        assertThat(CloseReason.of(record(ExitLayer.SELLER, "market close"))).contains(CloseReason.MARKET_CLOSE);
    }

    @Test
    void givenALabelNoWriterUses_whenMapped_thenNone() {
        assertThat(CloseReason.of(record(ExitLayer.SELLER, "moon phase"))).isEqualTo(Optional.empty());
    }

    @Test
    void givenEveryExitPurpose_whenMapped_thenAReasonOfItsOwnNotManual() {
        for (OrderPurpose purpose : OrderPurpose.values()) {
            if (purpose.layer() != ExitLayer.ENTRY) {
                assertThat(CloseReason.of(purpose, OrderRole.MARKET_EXIT)).as(purpose.name())
                        .isNotEqualTo(CloseReason.MANUAL);
            }
        }
    }

    @Test
    void givenEveryLabelExitAttributionWrites_whenReadBack_thenTheReasonOfItsPurposeAndLeg() {
        for (OrderPurpose purpose : OrderPurpose.values()) {
            for (OrderRole role : OrderRole.values()) {
                if (purpose.layer() == ExitLayer.ENTRY && role.isBracketLeg()) {
                    continue; // written as EXCHANGE_BRACKET legs, checked above
                }
                ExitAttributed exit = record(purpose.layer(), ExitAttribution.reasonOf(purpose, role));
                assertThat(CloseReason.of(exit)).as(purpose + " " + role).contains(CloseReason.of(purpose, role));
            }
        }
    }

    @Test
    void givenThePartialProfitPlansOrders_whenMapped_thenTheSaleIsThePartialAndTheRestsOcoItsLegs() {
        assertThat(CloseReason.of(OrderPurpose.PARTIAL_PROFIT, OrderRole.MARKET_EXIT))
                .isEqualTo(CloseReason.PARTIAL_PROFIT);
        assertThat(CloseReason.of(OrderPurpose.PARTIAL_PROFIT, OrderRole.OCO_STOP_LOSS))
                .isEqualTo(CloseReason.STOP_LOSS_HIT);
        assertThat(CloseReason.of(OrderPurpose.PARTIAL_PROFIT, OrderRole.OCO_TAKE_PROFIT))
                .isEqualTo(CloseReason.TAKE_PROFIT_HIT);
        assertThat(CloseReason.of(record(ExitLayer.SELLER, "stop after partial profit")))
                .contains(CloseReason.STOP_LOSS_HIT);
    }

    @Test
    void givenAnExtendedTakeProfitAndAFlattenAll_whenMapped_thenTakeProfitAndEmergencyStop() {
        assertThat(CloseReason.of(OrderPurpose.TRAILING_STOP, OrderRole.TAKE_PROFIT_LEG))
                .isEqualTo(CloseReason.TAKE_PROFIT_HIT);
        assertThat(CloseReason.of(OrderPurpose.TRAILING_STOP, OrderRole.STOP_LOSS_LEG))
                .isEqualTo(CloseReason.TRAILING_STOP);
        assertThat(CloseReason.of(OrderPurpose.FLATTEN, OrderRole.MARKET_EXIT)).isEqualTo(CloseReason.EMERGENCY_STOP);
    }
}
