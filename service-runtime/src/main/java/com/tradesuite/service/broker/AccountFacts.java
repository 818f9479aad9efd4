package com.tradesuite.service.broker;

import java.math.BigDecimal;

import com.tradesuite.domain.entry.AccountSnapshot;

/**
 * What a service needs from the broker's account, read just before a decision.
 *
 * @param dayStartEquity the equity at the previous close (Alpaca's last_equity), the base of the daily loss limit
 * @param tradingBlocked the broker refuses new orders (trading_blocked or account_blocked)
 */
public record AccountFacts(BigDecimal equity, BigDecimal dayStartEquity, BigDecimal buyingPower,
                           boolean tradingBlocked) {

    /** The domain's view; our own halt switch halts just like the broker's block. */
    public AccountSnapshot snapshot(boolean haltSwitch) {
        return new AccountSnapshot(equity, buyingPower, tradingBlocked || haltSwitch);
    }
}
