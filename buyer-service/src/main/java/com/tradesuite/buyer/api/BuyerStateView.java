package com.tradesuite.buyer.api;

import java.time.Instant;
import java.util.List;

import com.tradesuite.domain.view.TradingStateView;

/**
 * The buyer's {@code GET /state}: what it rebuilds from the log, so a restart can be checked to rebuild it exactly.
 *
 * @param marketTime end of the newest bar seen; null before the first bar
 * @param trading positions, open orders, cooldowns running at market time and today's realised P&L
 * @param undecidedSignalIds signals with no decision yet, sorted
 */
public record BuyerStateView(Instant marketTime, TradingStateView trading, List<String> undecidedSignalIds) {

    public BuyerStateView {
        undecidedSignalIds = List.copyOf(undecidedSignalIds);
    }
}
