package com.tradesuite.domain.regime;

import java.util.Objects;

import com.tradesuite.domain.entry.MarketRegime;

/**
 * How the scanner tells a trending market from a ranging one.
 *
 * @param indexSymbol the symbol whose regime is the market's (e.g. SPY); a symbol's own regime stands in while the
 *                    index has none
 * @param efficiencyBars the efficiency ratio's look-back in bars
 * @param choppyBelowEfficiency an efficiency ratio below this (0..1) counts as ranging
 * @param adxPeriod Wilder's ADX period
 * @param trendingAdx an ADX at or above this (0..100) counts as trending, whatever the efficiency ratio
 */
public record RegimeSettings(String indexSymbol, int efficiencyBars, double choppyBelowEfficiency, int adxPeriod,
                             double trendingAdx) {

    public RegimeSettings {
        Objects.requireNonNull(indexSymbol, "indexSymbol");
        if (efficiencyBars < 2 || adxPeriod < 2) {
            throw new IllegalArgumentException("efficiencyBars and adxPeriod must be >= 2");
        }
        if (choppyBelowEfficiency < 0 || choppyBelowEfficiency > 1) {
            throw new IllegalArgumentException("choppyBelowEfficiency must be within 0..1, was "
                    + choppyBelowEfficiency);
        }
        if (trendingAdx < 0 || trendingAdx > 100) {
            throw new IllegalArgumentException("trendingAdx must be within 0..100, was " + trendingAdx);
        }
    }

    /** SPY as the market, a 20-bar efficiency ratio below 0.3 and a 14-bar ADX below 25 are choppy. */
    public static RegimeSettings defaults() {
        return new RegimeSettings("SPY", 20, MarketRegime.CHOPPY_BELOW.doubleValue(), 14, 25);
    }

    /** Bars a symbol needs before its regime can be measured. */
    public int barsNeeded() {
        return Math.max(efficiencyBars + 1, 2 * adxPeriod);
    }
}
