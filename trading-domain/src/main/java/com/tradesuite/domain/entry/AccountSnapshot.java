package com.tradesuite.domain.entry;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The account as the broker reported it just now.
 *
 * @param tradingHalted true when trading must not open anything (broker trading_blocked, or our own halt switch)
 */
public record AccountSnapshot(BigDecimal equity, BigDecimal buyingPower, boolean tradingHalted) {

    public AccountSnapshot {
        Objects.requireNonNull(equity, "equity");
        Objects.requireNonNull(buyingPower, "buyingPower");
    }
}
