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

    /** The smallest price increment allowed at this price level. */
    public static BigDecimal tick(BigDecimal price) {
        return price.compareTo(ONE_DOLLAR) >= 0 ? new BigDecimal("0.01") : new BigDecimal("0.0001");
    }

    private static BigDecimal round(BigDecimal price, RoundingMode mode) {
        int decimals = price.compareTo(ONE_DOLLAR) >= 0 ? 2 : 4;
        return price.setScale(decimals, mode);
    }
}
