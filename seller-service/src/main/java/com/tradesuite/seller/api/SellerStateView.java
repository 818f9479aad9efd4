package com.tradesuite.seller.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

import com.tradesuite.domain.view.TradingStateView;
import com.tradesuite.seller.state.SellerState;

/**
 * The seller's {@code GET /state}: what it rebuilds from the log, so a restart can be checked to rebuild it exactly.
 *
 * @param marketTime end of the newest bar folded; null before the first bar
 * @param trading positions, open orders (the stop legs it trails), cooldowns running at market time, today's P&L
 * @param uncooledLosses losing exits the log shows without a cooldown yet, by exit time
 */
public record SellerStateView(Instant marketTime, TradingStateView trading, List<UncooledLoss> uncooledLosses) {

    /** A losing exit still waiting for its cooldown decision. */
    public record UncooledLoss(String executionId, String symbol, Instant exitTime, BigDecimal realizedPnl) {
    }

    public SellerStateView {
        uncooledLosses = List.copyOf(uncooledLosses);
    }

    public static SellerStateView of(SellerState state) {
        Instant now = state.marketTime().orElse(null);
        List<UncooledLoss> losses = state.uncooledLosses().stream()
                .map(loss -> new UncooledLoss(loss.exit().payload().executionId(), loss.exit().symbol(),
                        loss.exitTime(), loss.exit().payload().realizedPnl()))
                .sorted(Comparator.comparing(UncooledLoss::exitTime).thenComparing(UncooledLoss::executionId))
                .toList();
        return new SellerStateView(now, TradingStateView.at(state.trading(), now), losses);
    }
}
