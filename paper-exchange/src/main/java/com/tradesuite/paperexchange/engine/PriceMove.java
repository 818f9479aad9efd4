package com.tradesuite.paperexchange.engine;

import java.math.BigDecimal;

/**
 * The price going from {@code from} to {@code to}: continuously (every price between trades) or as a gap
 * (nothing trades between, so an order triggered by it executes at {@code to}).
 */
public record PriceMove(BigDecimal from, BigDecimal to, boolean gap) {

    public static PriceMove at(BigDecimal price) {
        return new PriceMove(price, price, false);
    }
}
