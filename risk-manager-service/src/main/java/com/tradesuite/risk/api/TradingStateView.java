package com.tradesuite.risk.api;

import java.math.BigDecimal;
import java.time.Instant;

import com.tradesuite.domain.mode.EffectiveMode;
import com.tradesuite.domain.mode.TradingMode;

/**
 * {@code GET /trading-state}: the state in force at {@code at} (market time) and the parts it is folded from.
 *
 * @param state ACTIVE, REDUCING or HALTED, in force now
 * @param setBy who set what is in force
 * @param latchUntil when a daily-loss halt ends by itself (null: none in force)
 * @param flattenChangeId the operator's flatten-all in force (its change id), null when none
 * @param equityPeak the equity peak folded from the log (the drawdown's base), null while unknown
 */
public record TradingStateView(String state, String setBy, String reason, Instant latchUntil, Instant at,
                               long revision, String operatorState, Instant dailyLossUntil, boolean drawdownLatched,
                               String flattenChangeId, BigDecimal equityPeak) {

    public static TradingStateView of(TradingMode mode, Instant at) {
        EffectiveMode now = mode.at(at);
        return new TradingStateView(now.status().name(), now.setBy().name(), now.reason(), now.latchUntil(), at,
                mode.revision(), mode.operatorStatus().name(), mode.dailyLossUntil(), mode.drawdownLatched(),
                mode.flattenChangeId(), mode.peak().known() ? mode.peak().peak() : null);
    }
}
