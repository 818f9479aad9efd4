package com.tradesuite.domain.entry;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A risk-sized quantity is cut down, never declined, to the smallest of: max position value, the room left under
 * max exposure, the room left under the sector's exposure cap, buying power; only a cut to less than one share
 * declines, naming the cap.
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
        SECTOR_EXPOSURE(EntryCheck.SECTOR_EXPOSURE),
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
     * The entry's sector and what is open in it.
     *
     * @param open the value of the sector's open positions and entries in flight ({@link OpenExposure})
     * @param maxPercent the most the sector may be worth, as a percent of equity
     */
    public record Sector(String name, BigDecimal open, BigDecimal maxPercent) {
    }

    /** The caps without a sector cap. */
    public static Capped apply(BigDecimal riskQty, BigDecimal entry, AccountSnapshot account, BigDecimal openExposure,
                               SizingRules rules) {
        return apply(riskQty, entry, account, openExposure, null, rules);
    }

    /**
     * @param riskQty whole shares the risk budget buys at the stop
     * @param entry the entry price, positive
     * @param openExposure the value of what is already open or being bought ({@link OpenExposure})
     */
    public static Capped apply(BigDecimal riskQty, BigDecimal entry, AccountSnapshot account, BigDecimal openExposure,
                               Sector sector, SizingRules rules) {
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
        if (sector != null) {
            BigDecimal sectorLimit = percentOf(equity, sector.maxPercent());
            BigDecimal sectorRoom = sectorLimit.subtract(sector.open()).max(BigDecimal.ZERO);
            capped = cut(capped, riskQty, sharesFor(sectorRoom, entry), Limit.SECTOR_EXPOSURE, entry,
                    "max sector exposure " + sector.maxPercent().toPlainString() + "% of equity = "
                            + sectorLimit.toPlainString() + " in " + sector.name() + ", open "
                            + sector.open().setScale(2, RoundingMode.HALF_UP).toPlainString() + ", room "
                            + sectorRoom.setScale(2, RoundingMode.HALF_UP).toPlainString());
        }
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
