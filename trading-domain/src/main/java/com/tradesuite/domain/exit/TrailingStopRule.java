package com.tradesuite.domain.exit;

import java.math.BigDecimal;
import java.util.Objects;

import com.tradesuite.domain.price.PriceRounding;
import com.tradesuite.schemas.event.BarClosed;

/**
 * The seller trails the stop at the highest close minus k x ATR, rounded down by the sub-penny rule; the stop only
 * ever rises, and only by at least the minimum step (each raise is a broker replace).
 */
public final class TrailingStopRule {

    private final BigDecimal atrMultiple;
    private final BigDecimal minStep;

    public TrailingStopRule(BigDecimal atrMultiple, BigDecimal minStep) {
        if (atrMultiple.signum() <= 0) {
            throw new IllegalArgumentException("atrMultiple must be positive, was " + atrMultiple);
        }
        if (minStep.signum() < 0) {
            throw new IllegalArgumentException("minStep must not be negative, was " + minStep);
        }
        this.atrMultiple = atrMultiple;
        this.minStep = minStep;
    }

    /**
     * @param currentStop the live stop's price
     * @param highestCloseSoFar the highest close since entry before this bar, or null for the first bar
     */
    public TrailDecision evaluate(BigDecimal currentStop, BigDecimal highestCloseSoFar, BarClosed bar, BigDecimal atr) {
        return evaluate(currentStop, highestCloseSoFar, bar, atr, atrMultiple, null);
    }

    /**
     * Like {@link #evaluate(BigDecimal, BigDecimal, BarClosed, BigDecimal)} with the multiple momentum chose.
     *
     * @param why why this multiple (e.g. "momentum faded: tighten"), or null for the configured one
     */
    public TrailDecision evaluate(BigDecimal currentStop, BigDecimal highestCloseSoFar, BarClosed bar, BigDecimal atr,
                                  BigDecimal multiple, String why) {
        Objects.requireNonNull(currentStop, "currentStop");
        if (multiple.signum() <= 0) {
            throw new IllegalArgumentException("multiple must be positive, was " + multiple);
        }
        BigDecimal highest = highestCloseSoFar == null ? bar.close() : highestCloseSoFar.max(bar.close());
        BigDecimal trail = PriceRounding.down(highest.subtract(atr.multiply(multiple)));
        // A sell stop must sit at least a tick below the market, else the broker refuses it.
        BigDecimal belowMarket = PriceRounding.down(bar.close().subtract(PriceRounding.tick(bar.close())));
        BigDecimal candidate = trail.min(belowMarket);
        if (candidate.compareTo(currentStop) <= 0) {
            return new TrailDecision.Hold(highest, "trail " + candidate.toPlainString() + " is not above the stop "
                    + currentStop.toPlainString());
        }
        if (candidate.subtract(currentStop).compareTo(minStep) < 0) {
            return new TrailDecision.Hold(highest, "raise to " + candidate.toPlainString() + " is below the minimum step "
                    + minStep.toPlainString());
        }
        return new TrailDecision.Raise(highest, candidate, "trail to " + multiple.stripTrailingZeros().toPlainString()
                + " ATR below the highest close " + highest.toPlainString() + (why == null ? "" : "; " + why));
    }
}
