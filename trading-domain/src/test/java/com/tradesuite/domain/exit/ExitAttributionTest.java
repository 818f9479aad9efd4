package com.tradesuite.domain.exit;

import static com.tradesuite.domain.Events.AAPL;
import static com.tradesuite.domain.Events.at;
import static com.tradesuite.domain.Events.sell;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;

import com.tradesuite.domain.Events;
import com.tradesuite.domain.Scenario;
import com.tradesuite.domain.TradingState;
import com.tradesuite.schemas.event.EventEnvelope;
import com.tradesuite.schemas.event.ExitAttributed;
import com.tradesuite.schemas.event.ExitLayer;
import com.tradesuite.schemas.event.OrderClass;
import com.tradesuite.schemas.event.OrderFilled;
import com.tradesuite.schemas.event.OrderPurpose;
import com.tradesuite.schemas.event.OrderReplaceRequested;
import com.tradesuite.schemas.event.OrderReplaced;
import com.tradesuite.schemas.event.OrderType;
import com.tradesuite.schemas.event.Side;
import org.junit.jupiter.api.Test;

/** The seed trade: 59 AAPL at 228.93, entry stop 226.40, so the initial risk is 2.53 per share. */
class ExitAttributionTest {

    private static Optional<ExitAttributed> attribute(List<EventEnvelope<?>> given, EventEnvelope<OrderFilled> fill) {
        TradingState state = TradingState.of(given);
        return ExitAttribution.attribute(fill.payload(), state.positions().position(AAPL), state.orders());
    }

    @Test
    void theBracketStopLegIsTheExchangeBracketAndLosesOneR() {
        ExitAttributed exit = attribute(Scenario.bracketEntryFilled(), sell(AAPL, "x-sl", Scenario.SL_BROKER_ID,
                Scenario.SL_ID, Scenario.ENTRY_BROKER_ID, OrderType.STOP, "59", "226.40", "0", at(100))).orElseThrow();

        assertThat(exit.layer()).isEqualTo(ExitLayer.EXCHANGE_BRACKET);
        assertThat(exit.reason()).isEqualTo("stop-loss leg");
        assertThat(exit.realizedPnl()).isEqualByComparingTo("-149.27"); // -2.53 x 59
        assertThat(exit.rMultiple()).isEqualByComparingTo("-1");
        assertThat(exit.positionQtyAfter()).isEqualByComparingTo("0");
    }

    @Test
    void theTakeProfitLegEarnsTheRewardInRs() {
        ExitAttributed exit = attribute(Scenario.bracketEntryFilled(), sell(AAPL, "x-tp", Scenario.TP_BROKER_ID,
                Scenario.TP_ID, Scenario.ENTRY_BROKER_ID, OrderType.LIMIT, "59", "233.90", "0", at(100)))
                .orElseThrow();

        assertThat(exit.layer()).isEqualTo(ExitLayer.EXCHANGE_BRACKET);
        assertThat(exit.reason()).isEqualTo("take-profit leg");
        assertThat(exit.realizedPnl()).isEqualByComparingTo("293.23"); // 4.97 x 59
        assertThat(exit.rMultiple()).isEqualByComparingTo("1.9644");   // 4.97 / 2.53
    }

    @Test
    void aStopLegTheSellerTrailedBelongsToTheSeller() {
        List<EventEnvelope<?>> given = Scenario.plus(Scenario.bracketEntryFilled(),
                Events.replaceRequested(AAPL, Scenario.SL_BROKER_ID, "trail-1", "228.50", at(10)),
                Events.replaced(AAPL, Scenario.SL_BROKER_ID, Scenario.SL_ID, "b-trail-1", "trail-1", "228.50", at(11)));

        ExitAttributed exit = attribute(given, sell(AAPL, "x-trail", "b-trail-1", "trail-1",
                Scenario.ENTRY_BROKER_ID, OrderType.STOP, "59", "228.50", "0", at(100))).orElseThrow();

        assertThat(exit.layer()).isEqualTo(ExitLayer.SELLER);
        assertThat(exit.reason()).isEqualTo("trailing stop");
        assertThat(exit.realizedPnl()).isEqualByComparingTo("-25.37"); // -0.43 x 59
        assertThat(exit.rMultiple()).isEqualByComparingTo("-0.17");    // -0.43 / 2.53 = -0.16996
    }

    @Test
    void givenAMarketCloseSale_whenItFills_thenTheSellerIsTheLayerAndTheReasonIsMarketClose() {
        List<EventEnvelope<?>> given = Scenario.plus(Scenario.bracketEntryFilled(),
                Events.exitIntent(AAPL, "market-close-1", OrderPurpose.MARKET_CLOSE, OrderType.MARKET, "59", null,
                        at(50)),
                Events.accepted(AAPL, "b-mc", "market-close-1", null, Side.SELL, OrderType.MARKET, OrderClass.SIMPLE,
                        "59", null, null, "new", at(51)));

        ExitAttributed exit = attribute(given, sell(AAPL, "x-mc", "b-mc", "market-close-1", null, OrderType.MARKET,
                "59", "230.00", "0", at(52))).orElseThrow();

        assertThat(exit.layer()).isEqualTo(ExitLayer.SELLER);
        assertThat(exit.reason()).isEqualTo("market close");
    }

    @Test
    void givenATakeProfitLegTheSellerExtended_whenItFills_thenTheReasonIsExtendedTakeProfit() {
        List<EventEnvelope<?>> given = Scenario.plus(Scenario.bracketEntryFilled(),
                Events.env(AAPL, new OrderReplaceRequested(Scenario.TP_BROKER_ID, "tp-ext-1",
                        OrderPurpose.TRAILING_STOP, null, Events.dec("235.00"), null, "extend"), at(10)),
                Events.env(AAPL, new OrderReplaced(Scenario.TP_BROKER_ID, Scenario.TP_ID, "b-tp-ext-1", "tp-ext-1",
                        null, Events.dec("235.00"), null), at(11)));

        ExitAttributed exit = attribute(given, sell(AAPL, "x-tp", "b-tp-ext-1", "tp-ext-1",
                Scenario.ENTRY_BROKER_ID, OrderType.LIMIT, "59", "235.00", "0", at(100))).orElseThrow();

        assertThat(exit.layer()).isEqualTo(ExitLayer.SELLER);
        assertThat(exit.reason()).isEqualTo("extended take-profit");
    }

    @Test
    void aReprotectionOcoStopBelongsToTheRiskManagerAndAPartialExitKeepsTheRest() {
        List<EventEnvelope<?>> given = Scenario.plus(Scenario.takeProfitHoldsSharesNoStop(),
                Events.ocoIntent(AAPL, "rp-1", "59", "233.90", "226.40", at(10)),
                Events.accepted(AAPL, "b-oco", "rp-1", null, Side.SELL, OrderType.LIMIT, OrderClass.OCO, "59",
                        "233.90", null, "new", at(11)),
                Events.accepted(AAPL, "b-oco-sl", "rp-1-sl", "b-oco", Side.SELL, OrderType.STOP, OrderClass.OCO, "59",
                        null, "226.40", "held", at(11)));

        ExitAttributed exit = attribute(given, Events.fill(AAPL, "x-oco", "b-oco-sl", "rp-1-sl", "b-oco", Side.SELL,
                OrderType.STOP, "20", "226.40", "20", "59", "39", at(100))).orElseThrow();

        assertThat(exit.layer()).isEqualTo(ExitLayer.RISK_SOFT_STOP);
        assertThat(exit.reason()).isEqualTo("re-protection stop");
        assertThat(exit.qty()).isEqualByComparingTo("20");
        assertThat(exit.realizedPnl()).isEqualByComparingTo("-50.60");
        assertThat(exit.positionQtyAfter()).isEqualByComparingTo("39");
    }

    @Test
    void buysAndAlreadyFoldedFillsAreNotExits() {
        List<EventEnvelope<?>> given = Scenario.bracketEntryFilled();
        assertThat(attribute(given, Events.buy(AAPL, "x-add", "b-add", "add-1", "5", "229", at(50)))).isEmpty();

        EventEnvelope<OrderFilled> stop = sell(AAPL, "x-sl", Scenario.SL_BROKER_ID, Scenario.SL_ID,
                Scenario.ENTRY_BROKER_ID, OrderType.STOP, "59", "226.40", "0", at(100));
        assertThat(attribute(Scenario.plus(given, stop), stop)).isEmpty();
    }

    @Test
    void anExitWithoutAnyRecordedOrderIsMarkedUnattributedAndHasNoRWithoutARisk() {
        List<EventEnvelope<?>> given = List.of(Events.buy(AAPL, "x1", "b1", "manual", "10", "100", at(0)));

        ExitAttributed exit = attribute(given, sell(AAPL, "x2", "b-ui", "ui-close", null, OrderType.MARKET, "10",
                "103", "0", at(10))).orElseThrow();

        assertThat(exit.reason()).isEqualTo(ExitAttribution.UNATTRIBUTED);
        assertThat(exit.realizedPnl()).isEqualByComparingTo("30");
        assertThat(exit.rMultiple()).isNull();
    }
}
