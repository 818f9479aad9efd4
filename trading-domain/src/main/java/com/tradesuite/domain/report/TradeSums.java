package com.tradesuite.domain.report;

import java.math.BigDecimal;
import java.time.Duration;

/**
 * Running sums of closed trades, from which {@link TradeStats} follow: what a day keeps instead of its trades, so a
 * day costs the same however many trades it had. The statistics' sums are the {@link TradeTally} the report's stores
 * keep; a day adds the holding time.
 *
 * @param holdingSeconds sum of the trades' holding periods (open fill to closing fill)
 */
public record TradeSums(TradeTally tally, long holdingSeconds) {

    private static final TradeSums NONE = new TradeSums(TradeTally.empty(), 0);

    public static TradeSums none() {
        return NONE;
    }

    public TradeSums plus(Trade trade) {
        long held = trade.openedAt() == null ? 0
                : Math.max(0, Duration.between(trade.openedAt(), trade.closedAt()).toSeconds());
        return new TradeSums(tally.add(trade), holdingSeconds + held);
    }

    public TradeSums plus(TradeSums other) {
        return new TradeSums(tally.merge(other.tally), holdingSeconds + other.holdingSeconds);
    }

    public int trades() {
        return tally.trades();
    }

    public int wins() {
        return tally.wins();
    }

    public int losses() {
        return tally.losses();
    }

    public BigDecimal grossProfit() {
        return tally.grossProfit();
    }

    public BigDecimal grossLoss() {
        return tally.grossLoss();
    }

    public BigDecimal netPnl() {
        return tally.grossProfit().subtract(tally.grossLoss());
    }

    public TradeStats stats() {
        return tally.stats();
    }

    /** Mean holding period in whole seconds; null without trades. */
    public Long averageHoldingSeconds() {
        return trades() == 0 ? null : holdingSeconds / trades();
    }
}
