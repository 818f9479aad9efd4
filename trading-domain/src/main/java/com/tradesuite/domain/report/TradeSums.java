package com.tradesuite.domain.report;

import java.math.BigDecimal;
import java.time.Duration;

/**
 * Running sums of closed trades, from which {@link TradeStats} follow: what a day keeps instead of its trades, so a
 * day costs the same however many trades it had.
 *
 * @param sumR sum of the R-multiples of the trades whose risk is known
 * @param tradesWithR how many trades have a known R
 * @param holdingSeconds sum of the trades' holding periods (open fill to closing fill)
 */
public record TradeSums(int trades, int wins, int losses, BigDecimal grossProfit, BigDecimal grossLoss,
                        BigDecimal sumR, int tradesWithR, long holdingSeconds) {

    private static final TradeSums NONE = new TradeSums(0, 0, 0, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, 0,
            0);

    public static TradeSums none() {
        return NONE;
    }

    public TradeSums plus(Trade trade) {
        BigDecimal pnl = trade.realizedPnl();
        long held = trade.openedAt() == null ? 0
                : Math.max(0, Duration.between(trade.openedAt(), trade.closedAt()).toSeconds());
        return new TradeSums(trades + 1, wins + (trade.isWin() ? 1 : 0), losses + (trade.isLoss() ? 1 : 0),
                trade.isWin() ? grossProfit.add(pnl) : grossProfit,
                trade.isLoss() ? grossLoss.add(pnl.negate()) : grossLoss,
                trade.rMultiple() == null ? sumR : sumR.add(trade.rMultiple()),
                tradesWithR + (trade.rMultiple() == null ? 0 : 1), holdingSeconds + held);
    }

    public TradeSums plus(TradeSums other) {
        return new TradeSums(trades + other.trades, wins + other.wins, losses + other.losses,
                grossProfit.add(other.grossProfit), grossLoss.add(other.grossLoss), sumR.add(other.sumR),
                tradesWithR + other.tradesWithR, holdingSeconds + other.holdingSeconds);
    }

    public BigDecimal netPnl() {
        return grossProfit.subtract(grossLoss);
    }

    public TradeStats stats() {
        return TradeStats.fromSums(trades, wins, losses, grossProfit, grossLoss, sumR, tradesWithR);
    }

    /** Mean holding period in whole seconds; null without trades. */
    public Long averageHoldingSeconds() {
        return trades == 0 ? null : holdingSeconds / trades;
    }
}
