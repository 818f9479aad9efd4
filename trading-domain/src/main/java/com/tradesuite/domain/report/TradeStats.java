package com.tradesuite.domain.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;

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
        int wins = (int) trades.stream().filter(Trade::isWin).count();
        int losses = (int) trades.stream().filter(Trade::isLoss).count();
        BigDecimal profit = trades.stream().filter(Trade::isWin).map(Trade::realizedPnl)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal loss = trades.stream().filter(Trade::isLoss).map(Trade::realizedPnl)
                .reduce(BigDecimal.ZERO, BigDecimal::add).negate();
        List<BigDecimal> rs = trades.stream().map(Trade::rMultiple).filter(Objects::nonNull).toList();
        return ofTotals(trades.size(), wins, losses, profit, loss, rs.stream().reduce(BigDecimal.ZERO, BigDecimal::add),
                rs.size());
    }

    /**
     * The statistics of trades summed elsewhere (a running tally adds one trade at a time).
     *
     * @param grossLoss the losses' sum as a positive number
     * @param sumR the sum of the known R-multiples, {@code rCount} of them
     */
    public static TradeStats ofTotals(int trades, int wins, int losses, BigDecimal grossProfit, BigDecimal grossLoss,
                                      BigDecimal sumR, int rCount) {
        return new TradeStats(trades, wins, losses,
                trades == 0 ? null : ratio(BigDecimal.valueOf(wins), BigDecimal.valueOf(trades)),
                grossProfit, grossLoss,
                grossLoss.signum() == 0 ? null : ratio(grossProfit, grossLoss),
                grossProfit.subtract(grossLoss),
                rCount == 0 ? null : ratio(sumR, BigDecimal.valueOf(rCount)));
    }

    private static BigDecimal ratio(BigDecimal numerator, BigDecimal denominator) {
        return numerator.divide(denominator, RATIO_SCALE, RoundingMode.HALF_EVEN);
    }
}
