package com.tradesuite.domain.mode;

import java.time.Instant;

import com.tradesuite.schemas.event.TradingStateSetBy;
import com.tradesuite.schemas.event.TradingStatus;

/**
 * The trading state in force at one instant: only ACTIVE allows new entries.
 *
 * @param status ACTIVE, REDUCING or HALTED
 * @param setBy who set what is in force (OPERATOR for the initial ACTIVE)
 * @param reason why, in words
 * @param latchUntil when a daily-loss halt ends by itself; null otherwise
 */
public record EffectiveMode(TradingStatus status, TradingStateSetBy setBy, String reason, Instant latchUntil) {

    public boolean allowsEntries() {
        return status == TradingStatus.ACTIVE;
    }

    /** One line for a decline or a log: {@code HALTED by DAILY_LOSS_LIMIT until ...: reason}. */
    public String describe() {
        return status + " by " + setBy + (latchUntil == null ? "" : " until " + latchUntil) + ": " + reason;
    }
}
