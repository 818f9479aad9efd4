package com.tradesuite.domain.entry;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A risk-sized quantity is cut down, never declined, to the smallest of: max position value, the room left under
 * max exposure, buying power; only a cut to less than one share declines, naming the cap.
 */
public final class SizeCaps {

    private static final BigDecimal HUNDRED = new BigDecimal("100");

    private SizeCaps() {
    }

    /** What bounded the size: the risk budget itself, or the cap that cut it. */
    public enum Limit {
        RISK(null),
        MAX_POSITION_VALUE(EntryCheck.MAX_POSITION_VALUE),
        MAX_EXPOSURE(EntryCheck.MAX_EXPOSURE),
        BUYING_POWER(EntryCheck.BUYING_POWER);

        private final EntryCheck check;

        Limit(EntryCheck check) {
            this.check = check;
        }

        /** The decline check when this cap leaves less than one share (null for RISK). */
        public EntryCheck check() {
            return check;
        }
    }

    /** The quantity to buy (whole shares, possibly 0), the limit that set it and why. */
    public record Capped(BigDecimal qty, Limit limit, String reason) {
    }

    /**
     * @param riskQty whole shares the risk budget buys at the stop
     * @param entry the entry price, positive
     * @param openExposure the value of what is already open or being bought ({@link OpenExposure})
     */
    public static Capped apply(BigDecimal riskQty, BigDecimal entry, AccountSnapshot account, BigDecimal openExposure,
                               SizingRules rules) {
        BigDecimal equity = account.equity();
        BigDecimal maxPosition = percentOf(equity, rules.maxPositionPercent());
        BigDecimal exposureLimit = percentOf(equity, rules.maxExposurePercent());
        BigDecimal room = exposureLimit.subtract(openExposure).max(BigDecimal.ZERO);
        BigDecimal buyingPower = account.buyingPower().max(BigDecimal.ZERO);

        Capped capped = new Capped(riskQty, Limit.RISK, "risk size " + riskQty.toPlainString() + " shares");
        capped = cut(capped, riskQty, sharesFor(maxPosition, entry), Limit.MAX_POSITION_VALUE, entry,
                "max position value " + rules.maxPositionPercent().toPlainString() + "% of equity "
                        + equity.toPlainString() + " = " + maxPosition.toPlainString());
        capped = cut(capped, riskQty, sharesFor(room, entry), Limit.MAX_EXPOSURE, entry,
                "max exposure " + rules.maxExposurePercent().toPlainString() + "% of equity = "
                        + exposureLimit.toPlainString() + ", open " + openExposure.setScale(2, RoundingMode.HALF_UP)
                        .toPlainString() + ", room " + room.setScale(2, RoundingMode.HALF_UP).toPlainString());
        return cut(capped, riskQty, sharesFor(buyingPower, entry), Limit.BUYING_POWER, entry,
                "buying power " + account.buyingPower().toPlainString());
    }

    private static Capped cut(Capped sofar, BigDecimal riskQty, BigDecimal capQty, Limit limit, BigDecimal entry,
                              String cap) {
        if (capQty.compareTo(sofar.qty()) >= 0) {
            return sofar;
        }
        return new Capped(capQty, limit, "risk size " + riskQty.toPlainString() + " shares ("
                + riskQty.multiply(entry).toPlainString() + ") cut to " + capQty.toPlainString() + " ("
                + capQty.multiply(entry).toPlainString() + ") by " + cap);
    }

    private static BigDecimal sharesFor(BigDecimal money, BigDecimal entry) {
        return money.divide(entry, 0, RoundingMode.FLOOR);
    }

    private static BigDecimal percentOf(BigDecimal amount, BigDecimal percent) {
        return amount.multiply(percent).divide(HUNDRED, 2, RoundingMode.DOWN);
    }
}
