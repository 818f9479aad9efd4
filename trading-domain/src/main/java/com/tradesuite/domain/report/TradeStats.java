package com.tradesuite.domain.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * Statistics of a set of closed trades.
 *
 * @param winRate wins / trades as a fraction (0.5 = 50 %), null without trades
 * @param profitFactor gross profit / gross loss, null when there is no loss (undefined)
 * @param averageR mean R-multiple of the trades whose risk is known, null if none
 */
public record TradeStats(int trades, int wins, int losses, BigDecimal winRate, BigDecimal grossProfit,
                         BigDecimal grossLoss, BigDecimal profitFactor, BigDecimal netPnl, BigDecimal averageR) {

    static final int RATIO_SCALE = 4;

    public static TradeStats of(List<Trade> trades) {
        return of(TradeTally.of(trades));
    }

    /** The statistics of the trades a tally summed up. */
    public static TradeStats of(TradeTally tally) {
        BigDecimal profit = tally.grossProfit();
        BigDecimal loss = tally.grossLoss();
        return new TradeStats(tally.trades(), tally.wins(), tally.losses(),
                tally.trades() == 0 ? null : ratio(BigDecimal.valueOf(tally.wins()),
                        BigDecimal.valueOf(tally.trades())),
                profit, loss,
                loss.signum() == 0 ? null : ratio(profit, loss),
                profit.subtract(loss),
                tally.rCount() == 0 ? null : ratio(tally.rSum(), BigDecimal.valueOf(tally.rCount())));
    }

    private static BigDecimal ratio(BigDecimal numerator, BigDecimal denominator) {
        return numerator.divide(denominator, RATIO_SCALE, RoundingMode.HALF_EVEN);
    }
}
