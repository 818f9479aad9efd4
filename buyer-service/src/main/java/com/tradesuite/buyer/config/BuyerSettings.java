package com.tradesuite.buyer.config;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;

import com.tradesuite.domain.entry.EntryPolicy;
import com.tradesuite.domain.entry.RiskRules;
import com.tradesuite.domain.entry.SizingRules;
import com.tradesuite.schemas.event.OrderType;

/**
 * The buyer's settings as plain values for the desk (built from {@link BuyerConfig}, already validated).
 *
 * @param riskPercent equity share risked per trade at full confidence, in percent
 * @param maxOpenPositions open positions plus entries in flight allowed at once (account-wide)
 * @param dailyLossLimitPercent realised loss of one New York day, as a percent of the day's starting equity, that
 *                              stops new entries
 * @param entryType MARKET, or LIMIT at the signal's reference price
 * @param entryTimeout an entry not filled within this much market time is cancelled
 * @param maxSignalAge a signal older than this (market time minus its bar time) is declined as stale
 * @param halted our own halt switch: no new entries while true
 * @param cooldownLength the seller's cooldown length: the longest a losing exit's cooldown is waited for
 * @param sizing the caps the risk size is cut down to and the minimum stop distance
 * @param risk the sector caps (with the sector map), the correlation cap and what a choppy regime does
 * @param correlationWindow bar returns kept per symbol for the correlation cap
 */
public record BuyerSettings(BigDecimal riskPercent, int maxOpenPositions, BigDecimal dailyLossLimitPercent,
                            OrderType entryType, Duration entryTimeout, Duration maxSignalAge, boolean halted,
                            Duration cooldownLength, SizingRules sizing, RiskRules risk, int correlationWindow) {

    private static final BigDecimal HUNDRED = new BigDecimal("100");
    /** EntryPolicy needs a positive limit even for an account without equity (sizing declines it anyway). */
    private static final BigDecimal MIN_DAILY_LOSS = new BigDecimal("0.01");

    /**
     * The entry policy for the account as it is now: the daily loss limit is a share of the equity the day
     * started with, so it does not shrink as the day's losses shrink equity.
     */
    public EntryPolicy policy(BigDecimal dayStartEquity) {
        BigDecimal limit = dayStartEquity.multiply(dailyLossLimitPercent).divide(HUNDRED, 2, RoundingMode.DOWN)
                .max(MIN_DAILY_LOSS);
        return new EntryPolicy(riskPercent, maxOpenPositions, limit, entryType, entryTimeout, sizing, risk);
    }
}
