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
        return fromSums(trades.size(), wins, losses, profit, loss, rs.stream().reduce(BigDecimal.ZERO, BigDecimal::add),
                rs.size());
    }

    /** The statistics of trades known only by their sums (a day's aggregate keeps no trade list). */
    public static TradeStats fromSums(int trades, int wins, int losses, BigDecimal grossProfit, BigDecimal grossLoss,
                                      BigDecimal sumR, int tradesWithR) {
        return new TradeStats(trades, wins, losses,
                trades == 0 ? null : ratio(BigDecimal.valueOf(wins), BigDecimal.valueOf(trades)),
                grossProfit, grossLoss,
                grossLoss.signum() == 0 ? null : ratio(grossProfit, grossLoss),
                grossProfit.subtract(grossLoss),
                tradesWithR == 0 ? null : ratio(sumR, BigDecimal.valueOf(tradesWithR)));
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
