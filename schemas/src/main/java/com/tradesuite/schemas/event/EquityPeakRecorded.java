package com.tradesuite.schemas.event;

import java.math.BigDecimal;

/**
 * The account's equity peak rose (or was re-based after a resume): the max-drawdown latch measures from it, so it
 * survives restarts on the log instead of in one instance's memory.
 *
 * <p>Written by the risk manager like {@link TradingStateChanged}: the same record on every partition of
 * {@code trading-state}, only when the peak rises by a meaningful step. Folding: a record with a higher
 * {@code revision} replaces the peak (a resume that cleared a drawdown latch starts a new one); records of the same
 * revision keep the highest peak; a record older than the folded revision is ignored.
 *
 * @param peak the highest equity seen since the peak was last based, positive
 * @param revision the trading state's revision when recorded (the basis the peak belongs to)
 */
public record EquityPeakRecorded(BigDecimal peak, long revision) implements TradingStateEvent {
    public EquityPeakRecorded {
        Require.present(peak, "peak");
        if (peak.signum() <= 0) {
            throw new IllegalArgumentException("peak must be positive, was " + peak);
        }
        if (revision < 0) {
            throw new IllegalArgumentException("revision must be >= 0, was " + revision);
        }
    }
}
