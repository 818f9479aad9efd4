package com.tradesuite.domain.entry;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Risk per trade: shares = floor(equity x risk% x confidence / (entry - stop)); whole shares only. */
public final class PositionSizer {

    private static final BigDecimal HUNDRED = new BigDecimal("100");

    private PositionSizer() {
    }

    /** The money at risk for this trade: equity x risk% scaled by the signal's confidence. */
    public static BigDecimal riskBudget(BigDecimal equity, BigDecimal riskPercent, BigDecimal confidence) {
        return equity.multiply(riskPercent).multiply(confidence).divide(HUNDRED, 4, RoundingMode.DOWN);
    }

    /** Whole shares whose loss at the stop stays within the budget; 0 when the stop is not below the entry. */
    public static BigDecimal shares(BigDecimal riskBudget, BigDecimal entry, BigDecimal stop) {
        BigDecimal riskPerShare = entry.subtract(stop);
        if (riskPerShare.signum() <= 0 || riskBudget.signum() <= 0) {
            return BigDecimal.ZERO;
        }
        return riskBudget.divide(riskPerShare, 0, RoundingMode.FLOOR);
    }
}
