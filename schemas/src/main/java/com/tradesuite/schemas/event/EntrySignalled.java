package com.tradesuite.schemas.event;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A strategy wants to enter; {@code signalId} is deterministic (strategy + symbol + bar time) so a replayed or
 * duplicated signal is recognised. Schema version 2 added {@code confidence}; version 1 events read as 1.0.
 */
public record EntrySignalled(String signalId, String strategy, Side side, Instant barTime, BigDecimal referencePrice,
                             BigDecimal suggestedStop, BigDecimal suggestedTarget, BigDecimal atr,
                             BigDecimal confidence) implements SignalEvent {
    public EntrySignalled {
        Require.text(signalId, "signalId");
        Require.text(strategy, "strategy");
        Require.present(side, "side");
        Require.present(barTime, "barTime");
        Require.positive(referencePrice, "referencePrice");
        Require.positive(suggestedStop, "suggestedStop");
        Require.positive(suggestedTarget, "suggestedTarget");
        Require.positive(atr, "atr");
        confidence = confidence == null ? BigDecimal.ONE : confidence;
        if (confidence.signum() < 0 || confidence.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("confidence must be within 0..1, was " + confidence);
        }
        if (side == Side.BUY && suggestedStop.compareTo(referencePrice) >= 0) {
            throw new IllegalArgumentException("a long entry's stop must be below the reference price");
        }
    }

    /** The deterministic signal id: the same strategy, symbol and bar always give the same id. */
    public static String signalIdFor(String strategy, String symbol, Instant barTime) {
        return strategy + ":" + symbol + ":" + barTime;
    }
}
