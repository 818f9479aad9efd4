package com.tradesuite.seller.state;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.tradesuite.domain.signal.WilderAtr;
import com.tradesuite.schemas.event.BarClosed;

/**
 * One symbol's bars as the trailing stop needs them: Wilder ATR over every bar, and the highest close since the
 * current position opened; a bar not newer than the last one changes nothing (duplicates never skew the ATR).
 *
 * @param lastBarStart start of the newest bar folded, null before the first
 * @param highestClose highest close seen while the position opened at {@code highestSince} was open, else null
 * @param highestSince the opening time of the position {@code highestClose} belongs to
 * @param recentCloses the newest closes, oldest first, at most {@code closesKept} (momentum reads them)
 */
public record SymbolTrend(WilderAtr atr, Instant lastBarStart, BigDecimal highestClose, Instant highestSince,
                          List<BigDecimal> recentCloses, int closesKept) implements Serializable {

    public static SymbolTrend start(int atrPeriod, int closesKept) {
        return new SymbolTrend(WilderAtr.of(atrPeriod), null, null, null, List.of(), closesKept);
    }

    /** True when this bar is newer than every bar folded so far. */
    public boolean isNew(BarClosed bar) {
        return lastBarStart == null || bar.barStart().isAfter(lastBarStart);
    }

    /** The highest close of the position opened at {@code positionOpenedAt} before the next bar; null if none yet. */
    public BigDecimal highestCloseOf(Instant positionOpenedAt) {
        return positionOpenedAt != null && positionOpenedAt.equals(highestSince) ? highestClose : null;
    }

    /**
     * Folds a new bar.
     *
     * @param positionOpenedAt opening time of the symbol's open position, null when flat
     */
    public SymbolTrend next(BarClosed bar, Instant positionOpenedAt) {
        WilderAtr nextAtr = atr.next(bar.high(), bar.low(), bar.close());
        List<BigDecimal> closes = new ArrayList<>(recentCloses);
        closes.add(bar.close());
        List<BigDecimal> kept = List.copyOf(closes.subList(Math.max(0, closes.size() - closesKept), closes.size()));
        if (positionOpenedAt == null) {
            return new SymbolTrend(nextAtr, bar.barStart(), null, null, kept, closesKept);
        }
        BigDecimal before = highestCloseOf(positionOpenedAt);
        BigDecimal highest = before == null ? bar.close() : before.max(bar.close());
        return new SymbolTrend(nextAtr, bar.barStart(), highest, positionOpenedAt, kept, closesKept);
    }
}
