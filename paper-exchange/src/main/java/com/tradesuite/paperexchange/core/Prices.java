package com.tradesuite.paperexchange.core;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Price and quantity arithmetic: cents at or above $1, 1/100 cent below (Alpaca's sub-penny rule). */
public final class Prices {

    public static final BigDecimal ONE_DOLLAR = BigDecimal.ONE;

    private Prices() {
    }

    /** True if {@code price} uses more decimals than allowed for its size. */
    public static boolean isSubPenny(BigDecimal price) {
        int allowed = price.abs().compareTo(ONE_DOLLAR) >= 0 ? 2 : 4;
        return price.stripTrailingZeros().scale() > allowed;
    }

    /** Rounds a price to the tick allowed for its size. */
    public static BigDecimal toTick(BigDecimal price) {
        int scale = price.abs().compareTo(ONE_DOLLAR) >= 0 ? 2 : 4;
        return price.setScale(scale, RoundingMode.HALF_UP);
    }

    public static BigDecimal toTick(double price) {
        return toTick(BigDecimal.valueOf(price));
    }

    /** Decimal string the way Alpaca prints it: no exponent, no trailing zeros beyond what is needed. */
    public static String plain(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
    }

    public static BigDecimal money(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_UP);
    }
}
