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
        return new TradeStats(trades.size(), wins, losses,
                trades.isEmpty() ? null : ratio(BigDecimal.valueOf(wins), BigDecimal.valueOf(trades.size())),
                profit, loss,
                loss.signum() == 0 ? null : ratio(profit, loss),
                profit.subtract(loss),
                rs.isEmpty() ? null : ratio(rs.stream().reduce(BigDecimal.ZERO, BigDecimal::add),
                        BigDecimal.valueOf(rs.size())));
    }

    private static BigDecimal ratio(BigDecimal numerator, BigDecimal denominator) {
        return numerator.divide(denominator, RATIO_SCALE, RoundingMode.HALF_EVEN);
    }
}
