package com.tradesuite.domain.report;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

/**
 * The sums a set of closed trades' statistics are computed from, constant in size: adding a trade or merging two
 * tallies is exact and order-free (BigDecimal sums), so a tally folded one trade at a time in any order gives the same
 * {@link TradeStats} as the list of those trades.
 *
 * @param rSum sum of the R-multiples that are known
 * @param rCount how many trades have a known R-multiple
 */
public record TradeTally(int trades, int wins, int losses, BigDecimal grossProfit, BigDecimal grossLoss,
                         BigDecimal rSum, int rCount) implements Serializable {

    private static final TradeTally EMPTY = new TradeTally(0, 0, 0, BigDecimal.ZERO, BigDecimal.ZERO,
            BigDecimal.ZERO, 0);

    public static TradeTally empty() {
        return EMPTY;
    }

    public static TradeTally of(List<Trade> trades) {
        TradeTally tally = EMPTY;
        for (Trade trade : trades) {
            tally = tally.add(trade);
        }
        return tally;
    }

    public TradeTally add(Trade trade) {
        BigDecimal pnl = trade.realizedPnl();
        return new TradeTally(trades + 1,
                wins + (trade.isWin() ? 1 : 0),
                losses + (trade.isLoss() ? 1 : 0),
                trade.isWin() ? grossProfit.add(pnl) : grossProfit,
                trade.isLoss() ? grossLoss.add(pnl.negate()) : grossLoss,
                trade.rMultiple() == null ? rSum : rSum.add(trade.rMultiple()),
                rCount + (trade.rMultiple() == null ? 0 : 1));
    }

    public TradeTally merge(TradeTally other) {
        return new TradeTally(trades + other.trades, wins + other.wins, losses + other.losses,
                grossProfit.add(other.grossProfit), grossLoss.add(other.grossLoss), rSum.add(other.rSum),
                rCount + other.rCount);
    }

    public TradeStats stats() {
        return TradeStats.of(this);
    }
}
