package com.tradesuite.domain.signal;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * Settings of the momentum breakout rule.
 *
 * @param strategy the strategy name that prefixes every signalId
 * @param timeframe the bar timeframe the rule reads (other bars are ignored), e.g. "1Min"
 * @param atrPeriod Wilder ATR period
 * @param breakoutBars the close must exceed the highest high of this many previous bars
 * @param momentumBars momentum = (close - close this many bars ago) / ATR
 * @param minMomentum the least ATR-normalised momentum that signals
 * @param fullConfidenceMomentum the momentum at which confidence reaches 1
 * @param stopAtrMultiple suggested stop = entry - this x ATR
 * @param targetAtrMultiple suggested target = entry + this x ATR
 */
public record MomentumSettings(String strategy, String timeframe, int atrPeriod, int breakoutBars, int momentumBars,
                               BigDecimal minMomentum, BigDecimal fullConfidenceMomentum, BigDecimal stopAtrMultiple,
                               BigDecimal targetAtrMultiple) {

    public MomentumSettings {
        Objects.requireNonNull(strategy, "strategy");
        Objects.requireNonNull(timeframe, "timeframe");
        if (atrPeriod < 1 || breakoutBars < 1 || momentumBars < 1) {
            throw new IllegalArgumentException("atrPeriod, breakoutBars and momentumBars must be >= 1");
        }
        if (minMomentum.signum() <= 0 || fullConfidenceMomentum.compareTo(minMomentum) < 0) {
            throw new IllegalArgumentException("need 0 < minMomentum <= fullConfidenceMomentum");
        }
        if (stopAtrMultiple.signum() <= 0 || targetAtrMultiple.signum() <= 0) {
            throw new IllegalArgumentException("ATR multiples must be positive");
        }
    }

    /** ATR 14, 20-bar breakout, 5-bar momentum of at least 1 ATR (full confidence at 3), stop 2 ATR, target 4 ATR. */
    public static MomentumSettings defaults() {
        return new MomentumSettings("momentum", "1Min", 14, 20, 5, BigDecimal.ONE, new BigDecimal("3"),
                new BigDecimal("2"), new BigDecimal("4"));
    }

    int barsKept() {
        return Math.max(breakoutBars, momentumBars);
    }
}
