package com.tradesuite.risk.state;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.tradesuite.schemas.event.EventEnvelope;

/**
 * Events a plan appended that the log has not folded back yet: until they fold, the symbol's state does not show
 * them, so acting on it again would repeat the plan (the same intent sent to the broker a second time).
 */
public final class UnfoldedAppends {

    private final Map<String, String> symbolByEventId = new ConcurrentHashMap<>();

    /** Called before the append, so a fold that overtakes the caller still clears it. */
    public void appending(EventEnvelope<?> envelope) {
        symbolByEventId.put(envelope.eventId(), envelope.symbol());
    }

    /** The append failed: nothing will fold. */
    public void notAppended(String eventId) {
        symbolByEventId.remove(eventId);
    }

    void folded(String eventId) {
        symbolByEventId.remove(eventId);
    }

    /** True while an event appended for the symbol has not been folded. */
    public boolean awaits(String symbol) {
        return symbolByEventId.containsValue(symbol);
    }

    void clear() {
        symbolByEventId.clear();
    }
}
