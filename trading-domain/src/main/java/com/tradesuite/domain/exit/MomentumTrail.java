package com.tradesuite.domain.exit;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;

/**
 * Momentum sets how far the trailing stop sits: when price has fallen back over the lookback the trail tightens,
 * when it has run by at least {@code strongMoveAtr} ATRs it extends to give the move room; otherwise the base multiple.
 *
 * @param lookback bars between the close compared with and the newest close
 * @param strongMoveAtr a rise over the lookback of at least this many ATRs counts as strong momentum
 * @param tightenFactor the base multiple is scaled by this when momentum fades (0 < factor <= 1)
 * @param extendFactor the base multiple is scaled by this when momentum is strong (factor >= 1)
 */
public record MomentumTrail(int lookback, BigDecimal strongMoveAtr, BigDecimal tightenFactor,
                            BigDecimal extendFactor) {

    public MomentumTrail {
        if (lookback < 1) {
            throw new IllegalArgumentException("lookback must be at least 1 bar, was " + lookback);
        }
        if (strongMoveAtr.signum() <= 0) {
            throw new IllegalArgumentException("strongMoveAtr must be positive, was " + strongMoveAtr);
        }
        if (tightenFactor.signum() <= 0 || tightenFactor.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("tightenFactor must be in (0, 1], was " + tightenFactor);
        }
        if (extendFactor.compareTo(BigDecimal.ONE) < 0) {
            throw new IllegalArgumentException("extendFactor must be at least 1, was " + extendFactor);
        }
    }

    /** The multiple to trail by, and why. */
    public record Multiple(BigDecimal value, String reason) {
    }

    /**
     * @param baseMultiple the configured ATR multiple
     * @param recentCloses closes oldest first, the newest last; fewer than {@code lookback + 1} means too early to tell
     * @param atr the current ATR (positive)
     */
    public Multiple multiple(BigDecimal baseMultiple, List<BigDecimal> recentCloses, BigDecimal atr) {
        if (recentCloses.size() <= lookback || atr.signum() <= 0) {
            return new Multiple(baseMultiple, "momentum not known yet");
        }
        BigDecimal newest = recentCloses.get(recentCloses.size() - 1);
        BigDecimal then = recentCloses.get(recentCloses.size() - 1 - lookback);
        BigDecimal moveInAtr = newest.subtract(then).divide(atr, MathContext.DECIMAL64);
        String move = moveInAtr.setScale(2, RoundingMode.HALF_UP).toPlainString() + " ATR over "
                + lookback + " bars";
        if (moveInAtr.signum() <= 0) {
            return new Multiple(baseMultiple.multiply(tightenFactor), "momentum faded (" + move + "): tighten");
        }
        if (moveInAtr.compareTo(strongMoveAtr) >= 0) {
            return new Multiple(baseMultiple.multiply(extendFactor), "strong momentum (" + move + "): extend");
        }
        return new Multiple(baseMultiple, "momentum steady (" + move + ")");
    }
}
