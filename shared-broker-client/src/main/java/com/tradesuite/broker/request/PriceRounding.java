package com.tradesuite.broker.request;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Sub-penny rule: prices at or above $1.00 carry at most 2 decimals, below $1.00 at most 4 (else Alpaca 422s). */
public final class PriceRounding {

    private static final BigDecimal ONE_DOLLAR = BigDecimal.ONE;

    private PriceRounding() {
    }

    /** Rounds half-up to the tick the broker accepts for this price. */
    public static BigDecimal round(BigDecimal price) {
        if (price == null) {
            return null;
        }
        if (price.signum() <= 0) {
            throw new IllegalArgumentException("price must be positive, got " + price.toPlainString());
        }
        BigDecimal subPenny = price.setScale(4, RoundingMode.HALF_UP);
        // Decide on the 4-decimal value: 0.99994 stays 0.9999, while 0.99996 rounds up into the cent range.
        if (subPenny.compareTo(ONE_DOLLAR) < 0) {
            return subPenny;
        }
        return price.setScale(2, RoundingMode.HALF_UP);
    }

    /** The smallest price increment allowed at this price level. */
    public static BigDecimal tick(BigDecimal price) {
        return round(price).compareTo(ONE_DOLLAR) >= 0 ? new BigDecimal("0.01") : new BigDecimal("0.0001");
    }
}
