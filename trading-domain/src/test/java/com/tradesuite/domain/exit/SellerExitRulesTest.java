package com.tradesuite.domain.exit;

import static com.tradesuite.domain.Events.AAPL;
import static com.tradesuite.domain.Events.at;
import static com.tradesuite.domain.Events.dec;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import com.tradesuite.domain.Events;
import com.tradesuite.domain.Scenario;
import com.tradesuite.domain.TradingState;
import com.tradesuite.domain.protection.OcoExitPlan;
import com.tradesuite.schemas.event.EventEnvelope;
import com.tradesuite.schemas.event.OrderPurpose;
import com.tradesuite.schemas.event.OrderType;
import org.junit.jupiter.api.Test;

/** Time exit, market close, take-profit extension and the seller's market exit plan, on the seed trade. */
class SellerExitRulesTest {

    @Test
    void givenAMaxHolding_whenThePositionIsYoungerOrOlder_thenTheTimeExitIsDueOnlyOnceItRanOut() {
        TradingState state = TradingState.of(Scenario.bracketEntryFilled());
        TimeExitRule rule = new TimeExitRule(Duration.ofMinutes(30));
        Instant opened = state.positions().position(AAPL).openedAt();

        assertThat(rule.due(state.positions().position(AAPL), opened.plus(Duration.ofMinutes(29)))).isEmpty();
        assertThat(rule.due(state.positions().position(AAPL), opened.plus(Duration.ofMinutes(30))))
                .hasValueSatisfying(reason -> assertThat(reason).contains("the maximum is PT30M"));
    }

    @Test
    void givenNoMaxHolding_whenAPositionIsOld_thenNoTimeExit() {
        TradingState state = TradingState.of(Scenario.bracketEntryFilled());

        assertThat(new TimeExitRule(Duration.ZERO).due(state.positions().position(AAPL),
                Instant.parse("2030-01-01T00:00:00Z"))).isEmpty();
    }

    @Test
    void givenFiveMinutesBeforeTheClose_whenMarketTimeIsInTheWindow_thenFlattenIsDueInWinterAndSummer() {
        MarketCloseRule rule = new MarketCloseRule(Duration.ofMinutes(5));

        // November: New York is UTC-5, the close is 21:00 UTC.
        assertThat(rule.due(Instant.parse("2026-11-20T20:54:00Z"))).isEmpty();
        assertThat(rule.due(Instant.parse("2026-11-20T20:55:00Z"))).isPresent();
        assertThat(rule.due(Instant.parse("2026-11-20T20:59:59Z"))).isPresent();
        assertThat(rule.due(Instant.parse("2026-11-20T21:00:00Z"))).isEmpty();
        // July: UTC-4, the close is 20:00 UTC.
        assertThat(rule.due(Instant.parse("2026-07-20T19:56:00Z"))).isPresent();
        assertThat(rule.due(Instant.parse("2026-07-20T20:56:00Z"))).isEmpty();
    }

    @Test
    void givenTheFlattenOff_whenTheCloseNears_thenNothingIsDue() {
        assertThat(new MarketCloseRule(Duration.ZERO).due(Instant.parse("2026-11-20T20:59:00Z"))).isEmpty();
    }

    private static final TakeProfitExtension EXTENSION = new TakeProfitExtension(3, dec("1.5"), dec("0.5"),
            dec("1"));

    @Test
    void givenStrongMomentumNearTheTakeProfit_whenEvaluated_thenTheLimitRisesByTheExtension() {
        List<BigDecimal> closes = List.of(dec("230.00"), dec("231.00"), dec("232.50"), dec("233.60"));

        TakeProfitExtension.Extend extend = EXTENSION.evaluate(dec("233.90"), closes, dec("1.20")).orElseThrow();

        assertThat(extend.newLimit()).isEqualByComparingTo("235.10");
        assertThat(extend.reason()).contains("233.90 -> 235.10");
    }

    @Test
    void givenWeakMomentumOrAFarTakeProfit_whenEvaluated_thenTheLimitStays() {
        List<BigDecimal> weak = List.of(dec("233.00"), dec("233.20"), dec("233.40"), dec("233.60"));
        List<BigDecimal> far = List.of(dec("226.00"), dec("227.00"), dec("228.50"), dec("230.00"));
        List<BigDecimal> through = List.of(dec("230.00"), dec("231.00"), dec("232.50"), dec("234.00"));

        assertThat(EXTENSION.evaluate(dec("233.90"), weak, dec("1.20"))).isEmpty();
        assertThat(EXTENSION.evaluate(dec("233.90"), far, dec("1.20"))).isEmpty();
        assertThat(EXTENSION.evaluate(dec("233.90"), through, dec("1.20"))).isEmpty();
        assertThat(EXTENSION.evaluate(dec("233.90"), far.subList(0, 3), dec("1.20"))).isEmpty();
    }

    @Test
    void givenABracketPosition_whenASignalExitStarts_thenBothLegsAreCancelledAndTheWholePositionSold() {
        TradingState state = TradingState.of(Scenario.bracketEntryFilled());

        SellerMarketExit.Started started = SellerMarketExit.start(state.positions().position(AAPL),
                state.orders(), OrderPurpose.SIGNAL_EXIT, "momentum reversed");

        assertThat(started.plan().cancelBrokerOrderIds()).containsExactlyInAnyOrder(Scenario.TP_BROKER_ID,
                Scenario.SL_BROKER_ID);
        assertThat(started.plan().toIntent().purpose()).isEqualTo(OrderPurpose.SIGNAL_EXIT);
        assertThat(started.plan().toIntent().orderType()).isEqualTo(OrderType.MARKET);
        assertThat(started.plan().qty()).isEqualByComparingTo("59");
        assertThat(started.plan().clientOrderId()).startsWith("signal-exit-");
        assertThat(started.stop()).isEqualByComparingTo("226.40");
        assertThat(started.takeProfit()).isEqualByComparingTo("233.90");
    }

    @Test
    void givenTheCancels_whenTheyAreConfirmedOrOneFilled_thenTheProgressSaysSellOrAbort() {
        List<EventEnvelope<?>> given = Scenario.bracketEntryFilled();
        TradingState state = TradingState.of(given);
        MarketExitPlan plan = SellerMarketExit.start(state.positions().position(AAPL), state.orders(),
                OrderPurpose.TIME_EXIT, "held too long").plan();

        assertThat(SellerMarketExit.progress(plan, AAPL, state.orders()))
                .isInstanceOfSatisfying(SellerMarketExit.Progress.Waiting.class,
                        waiting -> assertThat(waiting.brokerOrderIds()).hasSize(2));

        TradingState cancelled = TradingState.of(Scenario.plus(given,
                Events.canceled(AAPL, Scenario.TP_BROKER_ID, Scenario.TP_ID, at(20)),
                Events.canceled(AAPL, Scenario.SL_BROKER_ID, Scenario.SL_ID, at(20))));
        assertThat(SellerMarketExit.progress(plan, AAPL, cancelled.orders()))
                .isInstanceOf(SellerMarketExit.Progress.Sell.class);

        TradingState filled = TradingState.of(Scenario.plus(given,
                Events.canceled(AAPL, Scenario.SL_BROKER_ID, Scenario.SL_ID, at(20)),
                Events.sell(AAPL, "x-tp", Scenario.TP_BROKER_ID, Scenario.TP_ID, Scenario.ENTRY_BROKER_ID,
                        OrderType.LIMIT, "59", "233.90", "0", at(20))));
        assertThat(SellerMarketExit.progress(plan, AAPL, filled.orders()))
                .isInstanceOf(SellerMarketExit.Progress.Abort.class);
    }

    @Test
    void givenAFailedSale_whenReprotecting_thenOneOcoAtTheOldStopAndTakeProfitWithTheAuditsIdScheme() {
        TradingState state = TradingState.of(Scenario.bracketEntryFilled());
        SellerMarketExit.Started started = SellerMarketExit.start(state.positions().position(AAPL),
                state.orders(), OrderPurpose.MARKET_CLOSE, "close");

        OcoExitPlan oco = SellerMarketExit.reprotect(started, state.positions().position(AAPL), state.orders(),
                dec("229.00")).orElseThrow();

        assertThat(oco.stopPrice()).isEqualByComparingTo("226.40");
        assertThat(oco.takeProfitLimit()).isEqualByComparingTo("233.90");
        assertThat(oco.qty()).isEqualByComparingTo("59");
        assertThat(oco.clientOrderId()).startsWith("reprotect-");
        assertThat(SellerMarketExit.reprotect(started, state.positions().position(AAPL), state.orders(),
                dec("226.00"))).isEmpty();
    }
}
