package com.tradesuite.domain.report;

import static com.tradesuite.domain.Events.at;
import static com.tradesuite.domain.Events.buy;
import static com.tradesuite.domain.Events.dec;
import static com.tradesuite.domain.Events.entryIntent;
import static com.tradesuite.domain.Events.env;
import static com.tradesuite.domain.Events.sell;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import com.tradesuite.schemas.event.EventEnvelope;
import com.tradesuite.schemas.event.ExitAttributed;
import com.tradesuite.schemas.event.ExitLayer;
import com.tradesuite.schemas.event.OrderType;
import org.junit.jupiter.api.Test;

class TradeReportTest {

    private static EventEnvelope<ExitAttributed> exit(String symbol, String executionId, ExitLayer layer,
                                                      String reason, String pnl) {
        return env(symbol, new ExitAttributed(executionId, "b-" + executionId, "c-" + executionId, layer, reason,
                OrderType.STOP, dec("100"), dec("1"), dec(pnl), null, BigDecimal.ZERO), at(1000));
    }

    /**
     * Four round trips closed in this order: AAPL +40 (2R), MSFT -50 (-1R), AAPL +100 (2R), TSLA -40 (risk unknown).
     * Cumulative P&L 40, -10, 90, 50: the deepest fall from a peak is 40 -> -10 = 50.
     */
    private static final List<EventEnvelope<?>> LEDGER = List.of(
            entryIntent("AAPL", "a1", "10", "110", "98", at(0)),
            buy("AAPL", "xa1", "ba1", "a1", "10", "100", at(1)),
            sell("AAPL", "xa2", "ba2", "a1-tp", null, OrderType.LIMIT, "10", "104", "0", at(10)),
            entryIntent("MSFT", "m1", "5", "230", "190", at(11)),
            buy("MSFT", "xm1", "bm1", "m1", "5", "200", at(12)),
            sell("MSFT", "xm2", "bm2", "m1-sl", null, OrderType.STOP, "5", "190", "0", at(20)),
            entryIntent("AAPL", "a2", "10", "120", "95", at(21)),
            buy("AAPL", "xa3", "ba3", "a2", "10", "100", at(22)),
            sell("AAPL", "xa4", "ba4", "a2-tp", null, OrderType.LIMIT, "10", "110", "0", at(30)),
            buy("TSLA", "xt1", "bt1", "t1", "4", "50", at(31)),
            sell("TSLA", "xt2", "bt2", "t1-x", null, OrderType.STOP, "4", "40", "0", at(40)),
            exit("AAPL", "xa2", ExitLayer.EXCHANGE_BRACKET, "take-profit leg", "40"),
            exit("MSFT", "xm2", ExitLayer.EXCHANGE_BRACKET, "stop-loss leg", "-50"),
            exit("AAPL", "xa4", ExitLayer.EXCHANGE_BRACKET, "take-profit leg", "100"),
            exit("TSLA", "xt2", ExitLayer.SELLER, "trailing stop", "-40"),
            exit("TSLA", "xt2", ExitLayer.SELLER, "trailing stop", "-40")); // duplicate delivery

    @Test
    void totalsOverAHandMadeLedger() {
        TradeReport report = TradeReport.of(TradeLedger.of(LEDGER));

        TradeStats total = report.total();
        assertThat(total.trades()).isEqualTo(4);
        assertThat(total.wins()).isEqualTo(2);
        assertThat(total.losses()).isEqualTo(2);
        assertThat(total.winRate()).isEqualByComparingTo("0.5");
        assertThat(total.grossProfit()).isEqualByComparingTo("140");
        assertThat(total.grossLoss()).isEqualByComparingTo("90");
        assertThat(total.profitFactor()).isEqualByComparingTo("1.5556"); // 140 / 90
        assertThat(total.netPnl()).isEqualByComparingTo("50");
        assertThat(total.averageR()).isEqualByComparingTo("1");          // (2 - 1 + 2) / 3, TSLA has no known risk
        assertThat(report.maxDrawdown()).isEqualByComparingTo("50");
    }

    @Test
    void perSymbolStatistics() {
        TradeReport report = TradeReport.of(TradeLedger.of(LEDGER));

        assertThat(report.bySymbol()).containsOnlyKeys("AAPL", "MSFT", "TSLA");
        TradeStats aapl = report.bySymbol().get("AAPL");
        assertThat(aapl.trades()).isEqualTo(2);
        assertThat(aapl.winRate()).isEqualByComparingTo("1");
        assertThat(aapl.profitFactor()).isNull(); // no losses: undefined, not infinite
        assertThat(aapl.averageR()).isEqualByComparingTo("2");
        assertThat(report.bySymbol().get("MSFT").averageR()).isEqualByComparingTo("-1");
        assertThat(report.bySymbol().get("TSLA").averageR()).isNull();
    }

    @Test
    void theExitSourceBreakdownCountsEachExecutionOnce() {
        List<ExitSourceShare> shares = TradeReport.of(TradeLedger.of(LEDGER)).exitSources();

        assertThat(shares).containsExactly(
                new ExitSourceShare(ExitLayer.EXCHANGE_BRACKET, "take-profit leg", 2, dec("50.00")),
                new ExitSourceShare(ExitLayer.SELLER, "trailing stop", 1, dec("25.00")),
                new ExitSourceShare(ExitLayer.EXCHANGE_BRACKET, "stop-loss leg", 1, dec("25.00")));
    }

    @Test
    void givenSignalTimeAndMarketCloseExits_whenReported_thenEachIsItsOwnSellerRowOfTheBreakdown() {
        List<EventEnvelope<?>> ledger = List.of(
                buy("AAPL", "xs1", "bs1", "s1", "10", "100", at(1)),
                sell("AAPL", "xs2", "bs2", "signal-exit-1", null, OrderType.MARKET, "10", "101", "0", at(2)),
                buy("MSFT", "xt1", "bt1", "t1", "10", "100", at(3)),
                sell("MSFT", "xt2", "bt2", "time-exit-1", null, OrderType.MARKET, "10", "99", "0", at(4)),
                buy("TSLA", "xc1", "bc1", "c1", "10", "100", at(5)),
                sell("TSLA", "xc2", "bc2", "market-close-1", null, OrderType.MARKET, "10", "102", "0", at(6)),
                exit("AAPL", "xs2", ExitLayer.SELLER, "signal exit", "10"),
                exit("MSFT", "xt2", ExitLayer.SELLER, "time exit", "-10"),
                exit("TSLA", "xc2", ExitLayer.SELLER, "market close", "20"));

        List<ExitSourceShare> shares = TradeReport.of(TradeLedger.of(ledger)).exitSources();

        assertThat(shares).containsExactly(
                new ExitSourceShare(ExitLayer.SELLER, "market close", 1, dec("33.33")),
                new ExitSourceShare(ExitLayer.SELLER, "signal exit", 1, dec("33.33")),
                new ExitSourceShare(ExitLayer.SELLER, "time exit", 1, dec("33.33")));
    }

    @Test
    void anOpenPositionIsNotATradeYetAndNothingMeansNoDrawdown() {
        TradeReport report = TradeReport.of(TradeLedger.of(LEDGER.subList(0, 2)));

        assertThat(report.total().trades()).isZero();
        assertThat(report.total().winRate()).isNull();
        assertThat(report.maxDrawdown()).isEqualByComparingTo("0");
    }

    @Test
    void aTradeClosedInTwoExitsIsOneRoundTrip() {
        TradeLedger ledger = TradeLedger.of(List.of(
                entryIntent("AAPL", "a1", "10", "110", "98", at(0)),
                buy("AAPL", "x1", "b1", "a1", "10", "100", at(1)),
                sell("AAPL", "x2", "b2", "p1", null, OrderType.LIMIT, "4", "106", "6", at(5)),
                sell("AAPL", "x3", "b3", "s1", null, OrderType.STOP, "6", "99", "0", at(9))));

        // 4 x 6 - 6 x 1 = 18 on 10 shares risking 2: 0.9 R
        assertThat(ledger.closedTrades()).singleElement().satisfies(trade -> {
            assertThat(trade.realizedPnl()).isEqualByComparingTo("18");
            assertThat(trade.rMultiple()).isEqualByComparingTo("0.9");
            assertThat(trade.openedAt()).isEqualTo(at(1));
            assertThat(trade.closedAt()).isEqualTo(at(9));
        });
    }
    @Test
    void givenAPartialProfitAndItsRestStopped_whenReported_thenTheBreakdownShowsBothAsTheSellers() {
        TradeLedger ledger = TradeLedger.of(List.of(
                entryIntent("AAPL", "a1", "10", "130", "95", at(0)),
                buy("AAPL", "x1", "b1", "a1", "10", "100", at(1)),
                sell("AAPL", "x2", "b2", "partial-profit-1", null, OrderType.MARKET, "5", "110", "5", at(5)),
                sell("AAPL", "x3", "b3", "partial-oco-1", "b-oco", OrderType.STOP, "5", "100", "0", at(9)),
                exit("AAPL", "x2", ExitLayer.SELLER, "partial profit", "50"),
                exit("AAPL", "x3", ExitLayer.SELLER, "stop after partial profit", "0")));

        assertThat(TradeReport.of(ledger).exitSources()).containsExactlyInAnyOrder(
                new ExitSourceShare(ExitLayer.SELLER, "partial profit", 1, dec("50.00")),
                new ExitSourceShare(ExitLayer.SELLER, "stop after partial profit", 1, dec("50.00")));
        assertThat(ledger.closedTrades()).singleElement().satisfies(trade ->
                assertThat(trade.realizedPnl()).isEqualByComparingTo("50"));
    }
}
