package com.tradesuite.domain.price;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Alpaca's sub-penny rule: prices of $1.00 and above carry at most 2 decimals, prices below $1.00 at most 4. */
public final class PriceRounding {

    private static final BigDecimal ONE_DOLLAR = BigDecimal.ONE;

    private PriceRounding() {
    }

    /** Rounds down: for a sell stop, so the stop never ends up tighter (higher) than computed. */
    public static BigDecimal down(BigDecimal price) {
        return round(price, RoundingMode.DOWN);
    }

    /** Rounds up: for a buy stop or a sell limit that must not come out cheaper than computed. */
    public static BigDecimal up(BigDecimal price) {
        return round(price, RoundingMode.UP);
    }

    /** Rounds half-up to the nearest allowed increment. */
    public static BigDecimal nearest(BigDecimal price) {
        return round(price, RoundingMode.HALF_UP);
    }

    /** {@link #nearest} for optional prices: null stays null (an order field that is not set). */
    public static BigDecimal nearestOrNull(BigDecimal price) {
        return price == null ? null : nearest(price);
    }

    /** The smallest price increment allowed at this price level. */
    public static BigDecimal tick(BigDecimal price) {
        return nearest(price).compareTo(ONE_DOLLAR) >= 0 ? new BigDecimal("0.01") : new BigDecimal("0.0001");
    }

    private static BigDecimal round(BigDecimal price, RoundingMode mode) {
        if (price.signum() <= 0) {
            throw new IllegalArgumentException("price must be positive, got " + price.toPlainString());
        }
        BigDecimal subPenny = price.setScale(4, mode);
        // Decide the tier on the 4-decimal value: 0.99994 stays 0.9999, while 0.99996 rounds up into the cents.
        if (subPenny.compareTo(ONE_DOLLAR) < 0) {
            return subPenny;
        }
        return price.setScale(2, mode);
    }
}
