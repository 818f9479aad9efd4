package com.tradesuite.domain.entry;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Objects;

import com.tradesuite.schemas.event.OrderType;

/**
 * The buyer's limits and sizing.
 *
 * @param riskPercent equity share risked per trade at full confidence, in percent (1 = 1 %)
 * @param maxOpenPositions open positions plus entries in flight allowed at once
 * @param maxDailyLoss realised loss of one New York trading day that stops new entries (a positive amount)
 * @param entryType MARKET, or LIMIT at the signal's reference price
 * @param entryTimeout an entry not filled within this time is cancelled
 * @param sizing the caps the risk size is cut down to and the minimum stop distance
 * @param risk the sector caps, the correlation cap and what a choppy regime does
 */
public record EntryPolicy(BigDecimal riskPercent, int maxOpenPositions, BigDecimal maxDailyLoss, OrderType entryType,
                          Duration entryTimeout, SizingRules sizing, RiskRules risk) {

    /** A policy without sector or correlation caps, halving the risk in a choppy regime. */
    public EntryPolicy(BigDecimal riskPercent, int maxOpenPositions, BigDecimal maxDailyLoss, OrderType entryType,
                       Duration entryTimeout, SizingRules sizing) {
        this(riskPercent, maxOpenPositions, maxDailyLoss, entryType, entryTimeout, sizing, RiskRules.OFF);
    }

    public EntryPolicy {
        if (riskPercent.signum() <= 0 || riskPercent.compareTo(new BigDecimal("100")) > 0) {
            throw new IllegalArgumentException("riskPercent must be within (0, 100], was " + riskPercent);
        }
        if (maxOpenPositions < 1) {
            throw new IllegalArgumentException("maxOpenPositions must be >= 1, was " + maxOpenPositions);
        }
        if (maxDailyLoss.signum() <= 0) {
            throw new IllegalArgumentException("maxDailyLoss must be a positive amount, was " + maxDailyLoss);
        }
        if (entryType != OrderType.MARKET && entryType != OrderType.LIMIT) {
            throw new IllegalArgumentException("entryType must be MARKET or LIMIT, was " + entryType);
        }
        Objects.requireNonNull(entryTimeout, "entryTimeout");
        Objects.requireNonNull(sizing, "sizing");
        Objects.requireNonNull(risk, "risk");
    }
}
