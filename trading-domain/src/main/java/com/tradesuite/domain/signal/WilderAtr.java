package com.tradesuite.domain.signal;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * Average True Range with Wilder's smoothing: the first value is the mean of the first {@code period} true ranges,
 * then ATR = (previous ATR x (period - 1) + true range) / period. Immutable; {@link #next} returns the new state.
 *
 * @param seenBars bars folded so far
 * @param previousClose the last bar's close, null before the first bar
 * @param trueRangeSum sum of true ranges while seeding (until {@code period} bars were seen)
 * @param value the ATR once {@code period} bars were seen, else null
 */
public record WilderAtr(int period, int seenBars, BigDecimal previousClose, BigDecimal trueRangeSum,
                        BigDecimal value) implements Serializable {

    static final int SCALE = 8;

    public WilderAtr {
        if (period < 1) {
            throw new IllegalArgumentException("ATR period must be >= 1, was " + period);
        }
    }

    public static WilderAtr of(int period) {
        return new WilderAtr(period, 0, null, BigDecimal.ZERO, null);
    }

    public WilderAtr next(BigDecimal high, BigDecimal low, BigDecimal close) {
        BigDecimal trueRange = trueRange(high, low);
        int seen = seenBars + 1;
        BigDecimal n = BigDecimal.valueOf(period);
        if (value != null) {
            BigDecimal smoothed = value.multiply(BigDecimal.valueOf(period - 1L)).add(trueRange)
                    .divide(n, SCALE, RoundingMode.HALF_EVEN);
            return new WilderAtr(period, seen, close, trueRangeSum, smoothed);
        }
        BigDecimal sum = trueRangeSum.add(trueRange);
        BigDecimal seeded = seen == period ? sum.divide(n, SCALE, RoundingMode.HALF_EVEN) : null;
        return new WilderAtr(period, seen, close, seeded == null ? sum : BigDecimal.ZERO, seeded);
    }

    public Optional<BigDecimal> current() {
        return Optional.ofNullable(value);
    }

    /** The larger of the bar's range and the gaps from the previous close; the first bar has only its range. */
    private BigDecimal trueRange(BigDecimal high, BigDecimal low) {
        BigDecimal range = high.subtract(low);
        if (previousClose == null) {
            return range;
        }
        return range.max(high.subtract(previousClose).abs()).max(low.subtract(previousClose).abs());
    }
}
