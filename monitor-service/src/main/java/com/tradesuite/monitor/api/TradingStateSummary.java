package com.tradesuite.monitor.api;

import java.time.Instant;

import com.tradesuite.domain.mode.EffectiveMode;
import com.tradesuite.monitor.state.TradingStateSeen;

/**
 * The trading state in the monitor's views: what is in force, who set it, why, since when and until when.
 *
 * @param since when the newest change on {@code trading-state} was written (null before any)
 * @param latchUntil when a daily-loss halt ends by itself (null: none in force)
 * @param flattenRequested an operator's flatten-all is in force
 */
public record TradingStateSummary(String state, String setBy, String reason, Instant since, Instant latchUntil,
                                  boolean flattenRequested) {

    public static TradingStateSummary of(TradingStateSeen seen) {
        EffectiveMode now = seen.inForce();
        return new TradingStateSummary(now.status().name(), now.setBy().name(), now.reason(), seen.since(),
                now.latchUntil(), seen.mode().flattenRequested());
    }
}
