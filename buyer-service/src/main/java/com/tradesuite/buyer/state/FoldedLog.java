package com.tradesuite.buyer.state;

import java.util.Optional;

import com.tradesuite.domain.TradingState;
import com.tradesuite.schemas.event.EventEnvelope;
import com.tradesuite.schemas.event.OrderIntentRecorded;
import com.tradesuite.schemas.event.OrderPurpose;
import com.tradesuite.service.FoldRefusals;
import com.tradesuite.service.memory.RecentMap;

/**
 * The buyer's folded state ({@code orders}, {@code fills}, {@code cooldowns}): each event is folded exactly once,
 * the buyer's own writes when it makes them (their copies from the log are skipped as own echoes).
 */
public final class FoldedLog {

    /** Entry client order id -> signal id, the correlation id of later actions on that entry. */
    private final RecentMap<String, String> signalByEntry = new RecentMap<>(20_000);
    // Replaced by the log thread, read by health and tests.
    private volatile TradingState state = TradingState.empty();

    public TradingState state() {
        return state;
    }

    /** Folds one event of {@code orders}, {@code fills} or {@code cooldowns}. */
    public void fold(EventEnvelope<?> envelope) {
        TradingState.Step step = state.fold(envelope);
        FoldRefusals.report(envelope, step.refusal());
        state = step.state();
        if (envelope.payload() instanceof OrderIntentRecorded intent && intent.purpose() == OrderPurpose.ENTRY
                && envelope.correlationId() != null) {
            signalByEntry.put(intent.clientOrderId(), envelope.correlationId());
        }
    }

    /** The signal an entry order was placed for, if its intent is in the log. */
    public Optional<String> signalOf(String entryClientOrderId) {
        return Optional.ofNullable(signalByEntry.get(entryClientOrderId));
    }

    public void reset() {
        state = TradingState.empty();
        signalByEntry.clear();
    }
}
