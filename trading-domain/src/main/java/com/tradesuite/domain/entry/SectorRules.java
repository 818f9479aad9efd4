package com.tradesuite.domain.entry;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The per-sector limits: at most {@code maxPositions} open positions and entries in flight in one sector, and at
 * most {@code maxExposurePercent} of equity in it (a bigger entry is cut to the room left).
 */
public record SectorRules(SectorMap map, int maxPositions, BigDecimal maxExposurePercent) {

    /** No sector limit binds: every symbol UNKNOWN, no count limit, 400 % (the most any exposure may be). */
    public static final SectorRules OFF = new SectorRules(SectorMap.empty(), Integer.MAX_VALUE, new BigDecimal("400"));

    public SectorRules {
        Objects.requireNonNull(map, "map");
        Objects.requireNonNull(maxExposurePercent, "maxExposurePercent");
        if (maxPositions < 1) {
            throw new IllegalArgumentException("maxPositions must be >= 1, was " + maxPositions);
        }
        if (maxExposurePercent.signum() <= 0) {
            throw new IllegalArgumentException("maxExposurePercent must be positive, was " + maxExposurePercent);
        }
    }
}
