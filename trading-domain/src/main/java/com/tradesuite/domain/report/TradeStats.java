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

    /** Gross profit / wins; null without wins. */
    public BigDecimal averageWin() {
        return wins == 0 ? null : ratio(grossProfit, BigDecimal.valueOf(wins));
    }

    /** Gross loss / losses, as a positive amount; null without losses. */
    public BigDecimal averageLoss() {
        return losses == 0 ? null : ratio(grossLoss, BigDecimal.valueOf(losses));
    }

    /**
     * Expectancy per trade in money: net P&L / trades (= win rate x average win - loss rate x average loss, break-even
     * trades counting as neither); null without trades.
     */
    public BigDecimal expectancy() {
        return trades == 0 ? null : ratio(netPnl, BigDecimal.valueOf(trades));
    }

    private static BigDecimal ratio(BigDecimal numerator, BigDecimal denominator) {
        return numerator.divide(denominator, RATIO_SCALE, RoundingMode.HALF_EVEN);
    }
}
