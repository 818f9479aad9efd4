package com.tradesuite.paperexchange.account;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** A long position: quantity and average entry price; selling never changes the average. */
public final class Position {

    private final String symbol;
    private BigDecimal qty = BigDecimal.ZERO;
    private BigDecimal costBasis = BigDecimal.ZERO;

    public Position(String symbol) {
        this.symbol = symbol;
    }

    void buy(BigDecimal fillQty, BigDecimal price) {
        qty = qty.add(fillQty);
        costBasis = costBasis.add(fillQty.multiply(price));
    }

    void sell(BigDecimal fillQty) {
        BigDecimal average = avgEntryPrice();
        qty = qty.subtract(fillQty);
        costBasis = qty.signum() == 0 ? BigDecimal.ZERO : qty.multiply(average);
    }

    public String symbol() {
        return symbol;
    }

    public BigDecimal qty() {
        return qty;
    }

    public BigDecimal costBasis() {
        return costBasis;
    }

    public BigDecimal avgEntryPrice() {
        if (qty.signum() == 0) {
            return BigDecimal.ZERO;
        }
        return costBasis.divide(qty, 4, RoundingMode.HALF_UP).stripTrailingZeros();
    }
}
