package com.tradesuite.domain.regime;

import java.util.Locale;

import com.tradesuite.schemas.event.Regime;

/**
 * One symbol's measured regime: CHOPPY when the efficiency ratio is below the threshold and the ADX shows no trend
 * either (both must agree it ranges), else NORMAL.
 *
 * @param symbol whose bars were measured
 * @param efficiency Kaufman's efficiency ratio, 0..1
 * @param adx Wilder's ADX, 0..100
 */
public record RegimeReading(String symbol, Regime regime, double efficiency, double adx) {

    public static RegimeReading classify(String symbol, double efficiency, double adx, RegimeSettings settings) {
        boolean ranging = efficiency < settings.choppyBelowEfficiency() && adx < settings.trendingAdx();
        return new RegimeReading(symbol, ranging ? Regime.CHOPPY : Regime.NORMAL, efficiency, adx);
    }

    /** e.g. {@code CHOPPY (SPY: efficiency 0.12, ADX 14.3)}, for decision lines. */
    public String describe() {
        return String.format(Locale.ROOT, "%s (%s: efficiency %.2f, ADX %.1f)", regime, symbol, efficiency, adx);
    }
}
