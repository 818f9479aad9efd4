package com.tradesuite.domain.report;

import java.math.BigDecimal;

/**
 * The shape of a run of realised P&L in close order, relative to its start: enough to compose the max drawdown of
 * consecutive days without keeping their trades.
 *
 * @param net the run's total
 * @param peak the highest cumulative value reached (at least 0: the start)
 * @param trough the lowest cumulative value reached (at most 0: the start)
 * @param maxDrawdown the largest fall from a running peak within the run (the peak starting at 0)
 */
public record PnlPath(BigDecimal net, BigDecimal peak, BigDecimal trough, BigDecimal maxDrawdown) {

    private static final PnlPath FLAT = new PnlPath(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO,
            BigDecimal.ZERO);

    public static PnlPath flat() {
        return FLAT;
    }

    /** This run followed by one more closed trade. */
    public PnlPath plus(BigDecimal pnl) {
        BigDecimal cumulative = net.add(pnl);
        BigDecimal newPeak = peak.max(cumulative);
        return new PnlPath(cumulative, newPeak, trough.min(cumulative),
                maxDrawdown.max(newPeak.subtract(cumulative)));
    }

    /**
     * This run followed by {@code next}: a fall within {@code next}, or from this run's peak to {@code next}'s lowest
     * point.
     */
    public PnlPath then(PnlPath next) {
        BigDecimal acrossBoth = peak.subtract(net.add(next.trough));
        return new PnlPath(net.add(next.net), peak.max(net.add(next.peak)), trough.min(net.add(next.trough)),
                maxDrawdown.max(next.maxDrawdown).max(acrossBoth));
    }
}
