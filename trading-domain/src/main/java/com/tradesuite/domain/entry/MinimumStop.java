package com.tradesuite.domain.entry;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

import com.tradesuite.domain.price.PriceRounding;

/**
 * A stop closer than max(min-stop % of the entry, min-stop ATR multiple x ATR) is widened to that distance (never
 * declined), and the target moves out with it so the signal's reward-to-risk stays the same.
 */
public final class MinimumStop {

    private static final BigDecimal HUNDRED = new BigDecimal("100");

    private MinimumStop() {
    }

    /**
     * The bracket's stop and target.
     *
     * @param widenedFrom the signal's stop when it was widened, else null
     */
    public record Bracket(BigDecimal stop, BigDecimal target, BigDecimal widenedFrom, String reason) {

        public boolean widened() {
            return widenedFrom != null;
        }
    }

    /** The smallest distance a stop may keep below {@code entry}. */
    public static BigDecimal distance(BigDecimal entry, BigDecimal atr, SizingRules rules) {
        BigDecimal byPercent = entry.multiply(rules.minStopPercent()).divide(HUNDRED, 6, RoundingMode.UP);
        return byPercent.max(atr.multiply(rules.minStopAtrMultiple()));
    }

    /**
     * The stop at least {@link #distance} below the entry (rounded down to a valid price) and the target scaled with
     * it; empty when that distance reaches zero or below (no stop price is possible).
     *
     * @param stop the signal's stop, already a valid price below {@code entry}
     * @param target the signal's target, already a valid price
     */
    public static Optional<Bracket> apply(BigDecimal entry, BigDecimal stop, BigDecimal target, BigDecimal atr,
                                          SizingRules rules) {
        BigDecimal minDistance = distance(entry, atr, rules);
        if (entry.subtract(stop).compareTo(minDistance) >= 0) {
            return Optional.of(new Bracket(stop, target, null, "stop kept"));
        }
        BigDecimal floor = entry.subtract(minDistance);
        if (floor.signum() <= 0) {
            return Optional.empty();
        }
        BigDecimal widened = PriceRounding.down(floor);
        BigDecimal oldRisk = entry.subtract(stop);
        BigDecimal newTarget = target;
        if (oldRisk.signum() > 0 && target.compareTo(entry) > 0) {
            BigDecimal reward = target.subtract(entry).multiply(entry.subtract(widened))
                    .divide(oldRisk, 6, RoundingMode.UP);
            newTarget = PriceRounding.up(entry.add(reward));
        }
        return Optional.of(new Bracket(widened, newTarget, stop, "stop widened " + stop.toPlainString() + "->"
                + widened.toPlainString() + " (minimum distance " + minDistance.stripTrailingZeros().toPlainString()
                + " = max(" + rules.minStopPercent().toPlainString() + "% of " + entry.toPlainString() + ", "
                + rules.minStopAtrMultiple().toPlainString() + " x ATR " + atr.toPlainString() + ")), target "
                + target.toPlainString() + "->" + newTarget.toPlainString()));
    }
}
