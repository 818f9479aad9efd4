package com.tradesuite.domain.entry;

import java.util.HashSet;
import java.util.Set;

import com.tradesuite.domain.order.ClientOrderIds;
import com.tradesuite.schemas.event.EntryDeclined;
import com.tradesuite.schemas.event.EventEnvelope;
import com.tradesuite.schemas.event.OrderIntentRecorded;
import com.tradesuite.schemas.event.OrderPurpose;

/**
 * The signals the buyer has decided on, folded from {@code orders}: a signal with an entry intent or a decline is
 * done, so a replayed or duplicated signal is never acted on twice, across restarts.
 */
public record SignalLedger(Set<String> decidedSignalIds, Set<String> entryClientOrderIds) {

    public SignalLedger {
        decidedSignalIds = Set.copyOf(decidedSignalIds);
        entryClientOrderIds = Set.copyOf(entryClientOrderIds);
    }

    public static SignalLedger empty() {
        return new SignalLedger(Set.of(), Set.of());
    }

    public SignalLedger apply(EventEnvelope<?> envelope) {
        if (envelope.payload() instanceof EntryDeclined declined) {
            return withSignal(declined.signalId(), null);
        }
        if (envelope.payload() instanceof OrderIntentRecorded intent && intent.purpose() == OrderPurpose.ENTRY) {
            // The correlation id carries the signal id; the deterministic client order id covers a writer that lost it.
            return withSignal(envelope.correlationId(), intent.clientOrderId());
        }
        return this;
    }

    public boolean isDecided(String signalId) {
        return decidedSignalIds.contains(signalId)
                || entryClientOrderIds.contains(ClientOrderIds.forEntry(signalId));
    }

    private SignalLedger withSignal(String signalId, String clientOrderId) {
        Set<String> signals = new HashSet<>(decidedSignalIds);
        if (signalId != null) {
            signals.add(signalId);
        }
        Set<String> ids = new HashSet<>(entryClientOrderIds);
        if (clientOrderId != null) {
            ids.add(clientOrderId);
        }
        return new SignalLedger(signals, ids);
    }
}
