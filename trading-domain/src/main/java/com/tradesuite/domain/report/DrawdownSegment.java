package com.tradesuite.domain.report;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * The drawdown summary of a run of realised P&Ls in close order, four numbers whatever its length: segments chain
 * ({@link #then}) exactly as the runs would, so a long history folds into one segment and later trades extend it.
 * Cumulative P&L starts at 0 and its running peak starts at 0, as the report's max drawdown does.
 *
 * @param total sum of the run
 * @param peak highest cumulative value within the run (at least 0: the start)
 * @param low lowest cumulative value within the run (at most 0)
 * @param worst largest fall of the cumulative value from an earlier peak within the run
 */
public record DrawdownSegment(BigDecimal total, BigDecimal peak, BigDecimal low, BigDecimal worst)
        implements Serializable {

    private static final DrawdownSegment EMPTY = new DrawdownSegment(BigDecimal.ZERO, BigDecimal.ZERO,
            BigDecimal.ZERO, BigDecimal.ZERO);

    public static DrawdownSegment empty() {
        return EMPTY;
    }

    /** The run of one trade's P&L. */
    public static DrawdownSegment of(BigDecimal pnl) {
        return EMPTY.then(pnl);
    }

    public DrawdownSegment then(BigDecimal pnl) {
        BigDecimal cumulative = total.add(pnl);
        BigDecimal newPeak = peak.max(cumulative);
        return new DrawdownSegment(cumulative, newPeak, low.min(cumulative), worst.max(newPeak.subtract(cumulative)));
    }

    /** This run followed by {@code next}. */
    public DrawdownSegment then(DrawdownSegment next) {
        return new DrawdownSegment(total.add(next.total), peak.max(total.add(next.peak)),
                low.min(total.add(next.low)), worst.max(next.worst).max(peak.subtract(total.add(next.low))));
    }
}
