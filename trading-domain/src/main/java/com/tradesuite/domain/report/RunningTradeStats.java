package com.tradesuite.domain.report;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * {@link TradeStats} and the max drawdown of trades added one at a time in close order, at the same cost per trade
 * however many came before (a day's summary updated on every close). Immutable; the sums are {@link TradeSums} and the
 * drawdown a {@link PnlPath}, the same parts the daily report keeps.
 *
 * @param firstCloseAt the earliest close; null before the first trade
 */
public record RunningTradeStats(TradeSums sums, PnlPath path, Instant firstCloseAt, Instant lastCloseAt) {

    private static final RunningTradeStats EMPTY = new RunningTradeStats(TradeSums.none(), PnlPath.flat(), null, null);

    public static RunningTradeStats empty() {
        return EMPTY;
    }

    /** These statistics with one more trade, closed after the ones before it. */
    public RunningTradeStats plus(Trade trade) {
        Instant closed = trade.closedAt();
        return new RunningTradeStats(sums.plus(trade), path.plus(trade.realizedPnl()),
                firstCloseAt == null || closed.isBefore(firstCloseAt) ? closed : firstCloseAt,
                lastCloseAt == null || closed.isAfter(lastCloseAt) ? closed : lastCloseAt);
    }

    public TradeStats stats() {
        return sums.stats();
    }

    /** The largest fall of the cumulative realised P&L from its running peak, as {@link TradeReport} counts it. */
    public BigDecimal maxDrawdown() {
        return path.maxDrawdown();
    }
}
