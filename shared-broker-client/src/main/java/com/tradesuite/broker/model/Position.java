package com.tradesuite.broker.model;

import java.math.BigDecimal;

/** An open position; {@code qtyAvailable} is what is not held by open sell orders. */
public record Position(
        String assetId,
        String symbol,
        String exchange,
        String assetClass,
        BigDecimal avgEntryPrice,
        BigDecimal qty,
        BigDecimal qtyAvailable,
        String side,
        BigDecimal marketValue,
        BigDecimal costBasis,
        BigDecimal unrealizedPl,
        BigDecimal unrealizedPlpc,
        BigDecimal currentPrice,
        BigDecimal lastdayPrice,
        BigDecimal changeToday) {

    /** Shares reserved by open orders (qty minus qty_available, absolute). */
    public BigDecimal heldForOrders() {
        if (qty == null || qtyAvailable == null) {
            return BigDecimal.ZERO;
        }
        return qty.abs().subtract(qtyAvailable.abs());
    }
}
