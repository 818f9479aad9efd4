package com.tradesuite.domain.report;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * {@link TradeStats} and the max drawdown of trades added one at a time in close order, at the same cost per trade
 * however many came before (a day's summary updated on every close). Immutable.
 *
 * @param cumulative realised P&L of the trades so far; {@code peak} its highest value (from 0)
 * @param maxDrawdown the largest fall of {@code cumulative} from its running peak, as {@link TradeReport} counts it
 * @param firstCloseAt the earliest close; null before the first trade
 */
public record RunningTradeStats(int trades, int wins, int losses, BigDecimal grossProfit, BigDecimal grossLoss,
                                BigDecimal sumR, int rCount, BigDecimal cumulative, BigDecimal peak,
                                BigDecimal maxDrawdown, Instant firstCloseAt, Instant lastCloseAt) {

    private static final RunningTradeStats EMPTY = new RunningTradeStats(0, 0, 0, BigDecimal.ZERO, BigDecimal.ZERO,
            BigDecimal.ZERO, 0, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, null, null);

    public static RunningTradeStats empty() {
        return EMPTY;
    }

    /** These statistics with one more trade, closed after the ones before it. */
    public RunningTradeStats plus(Trade trade) {
        BigDecimal pnl = trade.realizedPnl();
        BigDecimal nowCumulative = cumulative.add(pnl);
        BigDecimal nowPeak = peak.max(nowCumulative);
        Instant closed = trade.closedAt();
        return new RunningTradeStats(trades + 1, wins + (trade.isWin() ? 1 : 0), losses + (trade.isLoss() ? 1 : 0),
                trade.isWin() ? grossProfit.add(pnl) : grossProfit,
                trade.isLoss() ? grossLoss.subtract(pnl) : grossLoss,
                trade.rMultiple() == null ? sumR : sumR.add(trade.rMultiple()),
                rCount + (trade.rMultiple() == null ? 0 : 1),
                nowCumulative, nowPeak, maxDrawdown.max(nowPeak.subtract(nowCumulative)),
                firstCloseAt == null || closed.isBefore(firstCloseAt) ? closed : firstCloseAt,
                lastCloseAt == null || closed.isAfter(lastCloseAt) ? closed : lastCloseAt);
    }

    public TradeStats stats() {
        return TradeStats.ofTotals(trades, wins, losses, grossProfit, grossLoss, sumR, rCount);
    }
}
