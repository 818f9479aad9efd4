package com.tradesuite.domain.entry;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The caps a risk-sized entry is cut down to and the closest stop it may have (all percents: 1 = 1 %).
 *
 * @param maxPositionPercent the most one position may be worth, as a percent of equity, in (0, 100]
 * @param maxExposurePercent the most all open positions and entries in flight plus this one may be worth, as a
 *                           percent of equity, &gt; 0 and at least {@code maxPositionPercent}
 * @param minStopPercent the closest a stop may sit below the entry, as a percent of the entry price, in [0, 100)
 * @param minStopAtrMultiple the closest a stop may sit below the entry, in multiples of the signal's ATR, &gt;= 0
 */
public record SizingRules(BigDecimal maxPositionPercent, BigDecimal maxExposurePercent, BigDecimal minStopPercent,
                          BigDecimal minStopAtrMultiple) {

    private static final BigDecimal HUNDRED = new BigDecimal("100");

    /** The buyer's defaults: 20 % per position, 100 % in total (no margin), a stop at least 1.2 % and 1 ATR away. */
    public static final SizingRules DEFAULTS = new SizingRules(new BigDecimal("20"), new BigDecimal("100"),
            new BigDecimal("1.2"), BigDecimal.ONE);

    public SizingRules {
        Objects.requireNonNull(maxPositionPercent, "maxPositionPercent");
        Objects.requireNonNull(maxExposurePercent, "maxExposurePercent");
        Objects.requireNonNull(minStopPercent, "minStopPercent");
        Objects.requireNonNull(minStopAtrMultiple, "minStopAtrMultiple");
        if (maxPositionPercent.signum() <= 0 || maxPositionPercent.compareTo(HUNDRED) > 0) {
            throw new IllegalArgumentException("maxPositionPercent must be within (0, 100], was " + maxPositionPercent);
        }
        if (maxExposurePercent.compareTo(maxPositionPercent) < 0) {
            throw new IllegalArgumentException("maxExposurePercent " + maxExposurePercent
                    + " must be at least maxPositionPercent " + maxPositionPercent);
        }
        if (minStopPercent.signum() < 0 || minStopPercent.compareTo(HUNDRED) >= 0) {
            throw new IllegalArgumentException("minStopPercent must be within [0, 100), was " + minStopPercent);
        }
        if (minStopAtrMultiple.signum() < 0) {
            throw new IllegalArgumentException("minStopAtrMultiple must be >= 0, was " + minStopAtrMultiple);
        }
    }
}
