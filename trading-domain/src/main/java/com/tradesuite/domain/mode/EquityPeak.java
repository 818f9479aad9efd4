package com.tradesuite.domain.mode;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Optional;

import com.tradesuite.schemas.event.EquityPeakRecorded;

/**
 * The account's equity peak as folded from {@code trading-state}: a higher revision's record replaces it, records of
 * the same revision keep the highest, so any interleaving of the partitions' copies folds the same peak.
 *
 * @param revision the trading state's revision the peak belongs to (a resume that cleared a drawdown latch starts a
 *     new one)
 * @param peak the highest recorded equity of that revision; zero while unknown
 */
public record EquityPeak(long revision, BigDecimal peak) implements Serializable {

    /** A new peak is recorded only when equity rises at least this fraction above it (0.1%): few events, bounded. */
    public static final BigDecimal RECORD_STEP = new BigDecimal("0.001");

    public static EquityPeak none() {
        return new EquityPeak(0, BigDecimal.ZERO);
    }

    /** After a resume at {@code revision} cleared a drawdown latch: unknown until the next equity read records it. */
    public static EquityPeak startingAt(long revision) {
        return new EquityPeak(revision, BigDecimal.ZERO);
    }

    public boolean known() {
        return peak.signum() > 0;
    }

    /** The higher of the peak and {@code equity}, same revision. */
    public EquityPeak observe(BigDecimal equity) {
        return equity.compareTo(peak) > 0 ? new EquityPeak(revision, equity) : this;
    }

    public EquityPeak fold(EquityPeakRecorded recorded) {
        return merge(new EquityPeak(recorded.revision(), recorded.peak()));
    }

    /** The newer revision's peak, or the higher of two of the same revision. */
    public EquityPeak merge(EquityPeak other) {
        if (other.revision != revision) {
            return other.revision > revision ? other : this;
        }
        return other.peak.compareTo(peak) > 0 ? other : this;
    }

    /**
     * The record to append for {@code equity} read while the trading state is at {@code modeRevision}: when no peak
     * is known, or equity rose at least {@link #RECORD_STEP} above it; else empty.
     */
    public Optional<EquityPeakRecorded> recordFor(BigDecimal equity, long modeRevision) {
        if (equity.signum() <= 0) {
            return Optional.empty();
        }
        boolean risen = !known() || equity.compareTo(peak.multiply(BigDecimal.ONE.add(RECORD_STEP))) >= 0;
        return risen ? Optional.of(new EquityPeakRecorded(equity, Math.max(revision, modeRevision)))
                : Optional.empty();
    }
}
