package com.tradesuite.domain.exit;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;

import com.tradesuite.domain.price.PriceRounding;

/**
 * Strong momentum near the take-profit moves the limit up: when the close is within {@code approachAtr} ATRs below
 * the limit and rose at least {@code strongMoveAtr} ATRs over {@code lookback} bars, the limit rises by
 * {@code extendAtr} ATRs; never lowered.
 *
 * @param lookback bars between the close compared with and the newest close
 * @param strongMoveAtr a rise of at least this many ATRs over the lookback is strong momentum
 * @param approachAtr the close is near the take-profit when at most this many ATRs below it
 * @param extendAtr the limit rises by this many ATRs
 */
public record TakeProfitExtension(int lookback, BigDecimal strongMoveAtr, BigDecimal approachAtr,
                                  BigDecimal extendAtr) {

    public TakeProfitExtension {
        if (lookback < 1) {
            throw new IllegalArgumentException("lookback must be at least 1 bar, was " + lookback);
        }
        if (strongMoveAtr.signum() <= 0 || approachAtr.signum() <= 0 || extendAtr.signum() <= 0) {
            throw new IllegalArgumentException("strongMoveAtr, approachAtr and extendAtr must be positive, were "
                    + strongMoveAtr + ", " + approachAtr + " and " + extendAtr);
        }
    }

    /** The new, higher limit and why. */
    public record Extend(BigDecimal newLimit, String reason) {
    }

    /**
     * @param currentLimit the live take-profit limit
     * @param recentCloses closes oldest first, the newest last
     * @param atr the current ATR
     */
    public Optional<Extend> evaluate(BigDecimal currentLimit, List<BigDecimal> recentCloses, BigDecimal atr) {
        if (recentCloses.size() <= lookback || atr == null || atr.signum() <= 0) {
            return Optional.empty();
        }
        BigDecimal close = recentCloses.get(recentCloses.size() - 1);
        if (close.compareTo(currentLimit) >= 0) {
            return Optional.empty();
        }
        BigDecimal distanceAtr = currentLimit.subtract(close).divide(atr, MathContext.DECIMAL64);
        if (distanceAtr.compareTo(approachAtr) > 0) {
            return Optional.empty();
        }
        BigDecimal then = recentCloses.get(recentCloses.size() - 1 - lookback);
        BigDecimal moveAtr = close.subtract(then).divide(atr, MathContext.DECIMAL64);
        if (moveAtr.compareTo(strongMoveAtr) < 0) {
            return Optional.empty();
        }
        BigDecimal newLimit = PriceRounding.up(currentLimit.add(atr.multiply(extendAtr)));
        if (newLimit.compareTo(currentLimit) <= 0) {
            return Optional.empty();
        }
        return Optional.of(new Extend(newLimit, "close " + close.toPlainString() + " is "
                + distanceAtr.setScale(2, RoundingMode.HALF_UP).toPlainString() + " ATR below the take-profit "
                + currentLimit.toPlainString() + " with strong momentum ("
                + moveAtr.setScale(2, RoundingMode.HALF_UP).toPlainString() + " ATR over " + lookback
                + " bars): limit " + currentLimit.toPlainString() + " -> " + newLimit.toPlainString()));
    }
}
