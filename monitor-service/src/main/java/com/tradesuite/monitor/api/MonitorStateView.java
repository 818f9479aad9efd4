package com.tradesuite.monitor.api;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.tradesuite.domain.report.Trade;
import com.tradesuite.domain.view.TradingStateView;
import com.tradesuite.monitor.state.MonitorState;
import com.tradesuite.monitor.state.TradingStateSeen;

/**
 * The monitor's {@code GET /state}: what it rebuilds from the log, so a restart can be checked to rebuild it exactly.
 *
 * @param trading open positions and open orders (the basis of the protection line)
 * @param closedTrades round trips closed so far
 * @param realisedPnl realised P&L of every closed round trip
 * @param realisedPnlBySymbol the same per symbol, by symbol
 * @param exitRecords exit-source records folded, one per execution
 * @param tradingState the trading state in force (ACTIVE, REDUCING, HALTED), who set it, why and since when
 */
public record MonitorStateView(TradingStateView trading, int closedTrades, BigDecimal realisedPnl,
                               Map<String, BigDecimal> realisedPnlBySymbol, int exitRecords,
                               TradingStateSummary tradingState) {

    public MonitorStateView {
        realisedPnlBySymbol = Collections.unmodifiableMap(new TreeMap<>(realisedPnlBySymbol));
    }

    public static MonitorStateView of(MonitorState state, TradingStateSeen tradingState) {
        List<Trade> trades = state.ledger().closedTrades();
        Map<String, BigDecimal> bySymbol = new TreeMap<>();
        trades.forEach(trade -> bySymbol.merge(trade.symbol(), trade.realizedPnl(), BigDecimal::add));
        BigDecimal total = trades.stream().map(Trade::realizedPnl).reduce(BigDecimal.ZERO, BigDecimal::add);
        return new MonitorStateView(TradingStateView.of(state.trading()), trades.size(), total, bySymbol,
                state.ledger().exitsByExecution().size(), TradingStateSummary.of(tradingState));
    }
}
