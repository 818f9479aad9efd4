package com.tradesuite.schemas.event;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A strategy wants to enter; {@code signalId} is deterministic (strategy + symbol + bar time) so a replayed or
 * duplicated signal is recognised. Schema version 2 added {@code confidence}; version 1 events read as 1.0.
 * Schema version 3 added {@code regime}, the market regime the scanner measured; older events read as NORMAL.
 */
public record EntrySignalled(String signalId, String strategy, Side side, Instant barTime, BigDecimal referencePrice,
                             BigDecimal suggestedStop, BigDecimal suggestedTarget, BigDecimal atr,
                             BigDecimal confidence, Regime regime) implements SignalEvent {

    /** A signal with no measured regime (NORMAL). */
    public EntrySignalled(String signalId, String strategy, Side side, Instant barTime, BigDecimal referencePrice,
                          BigDecimal suggestedStop, BigDecimal suggestedTarget, BigDecimal atr, BigDecimal confidence) {
        this(signalId, strategy, side, barTime, referencePrice, suggestedStop, suggestedTarget, atr, confidence, null);
    }

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
        regime = regime == null ? Regime.NORMAL : regime;
        if (confidence.signum() < 0 || confidence.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("confidence must be within 0..1, was " + confidence);
        }
        if (side == Side.BUY && suggestedStop.compareTo(referencePrice) >= 0) {
            throw new IllegalArgumentException("a long entry's stop must be below the reference price");
        }
    }

    /** The same signal with the regime the scanner measured for it. */
    public EntrySignalled withRegime(Regime measured) {
        return new EntrySignalled(signalId, strategy, side, barTime, referencePrice, suggestedStop, suggestedTarget,
                atr, confidence, measured);
    }

    /** The deterministic signal id: the same strategy, symbol and bar always give the same id. */
    public static String signalIdFor(String strategy, String symbol, Instant barTime) {
        return strategy + ":" + symbol + ":" + barTime;
    }
}
