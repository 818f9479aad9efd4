package com.tradesuite.domain.entry;

import java.math.BigDecimal;

import com.tradesuite.schemas.event.Regime;

/**
 * The market's regime scales the risk budget: full size when it trends normally, half size when it is choppy. The
 * scanner measures it (trading-domain {@code regime}) and hands it over on the signal; a signal without one is NORMAL.
 */
public enum MarketRegime {
    NORMAL(BigDecimal.ONE),
    CHOPPY(new BigDecimal("0.5"));

    /** Kaufman's efficiency ratio (net move / sum of bar-to-bar moves, 0..1) below which a market counts as choppy. */
    public static final BigDecimal CHOPPY_BELOW = new BigDecimal("0.3");

    private final BigDecimal sizeFactor;

    MarketRegime(BigDecimal sizeFactor) {
        this.sizeFactor = sizeFactor;
    }

    /** The factor the risk budget is multiplied by in this regime. */
    public BigDecimal sizeFactor() {
        return sizeFactor;
    }

    /** The regime a signal carries. */
    public static MarketRegime of(Regime regime) {
        return regime == Regime.CHOPPY ? CHOPPY : NORMAL;
    }

    /** CHOPPY below {@link #CHOPPY_BELOW}, else NORMAL. */
    public static MarketRegime ofEfficiencyRatio(BigDecimal efficiencyRatio) {
        return efficiencyRatio.compareTo(CHOPPY_BELOW) < 0 ? CHOPPY : NORMAL;
    }
}
