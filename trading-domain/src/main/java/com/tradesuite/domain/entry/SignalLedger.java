package com.tradesuite.domain.entry;

import java.time.Duration;
import java.time.Instant;

import org.pcollections.HashTreePMap;
import org.pcollections.PMap;
import org.pcollections.PVector;
import org.pcollections.TreePVector;

import com.tradesuite.domain.order.ClientOrderIds;
import com.tradesuite.schemas.event.EntryDeclined;
import com.tradesuite.schemas.event.EntrySignalled;
import com.tradesuite.schemas.event.EventEnvelope;
import com.tradesuite.schemas.event.OrderIntentRecorded;
import com.tradesuite.schemas.event.OrderPurpose;

/**
 * The signals the buyer has decided on, folded from {@code orders}: a signal with an entry intent or a decline is
 * done, so a replayed or duplicated signal is never acted on twice, across restarts. Decisions are remembered for
 * {@link #DEDUP_WINDOW} of log time; a signal whose bar is older than that is past any freshness limit, so it counts
 * as decided without being remembered, and the ledger stays bounded.
 *
 * @param decidedAt when each remembered signal id (and entry client order id) was decided
 * @param oldestFirst the remembered keys in the order they were decided, for forgetting the oldest
 * @param newestDecision the log time of the newest decision, or null before the first
 */
public record SignalLedger(PMap<String, Instant> decidedAt, PVector<String> oldestFirst, Instant newestDecision) {

    /** Longer than any signal's allowed age: the buyer refuses a max signal age at or beyond it. */
    public static final Duration DEDUP_WINDOW = Duration.ofDays(1);

    private static final SignalLedger EMPTY = new SignalLedger(HashTreePMap.empty(), TreePVector.empty(), null);

    public static SignalLedger empty() {
        return EMPTY;
    }

    public SignalLedger apply(EventEnvelope<?> envelope) {
        if (envelope.payload() instanceof EntryDeclined declined) {
            return decided(envelope.occurredAt(), declined.signalId(), null);
        }
        if (envelope.payload() instanceof OrderIntentRecorded intent && intent.purpose() == OrderPurpose.ENTRY) {
            // The correlation id carries the signal id; the deterministic client order id covers a writer that lost it.
            return decided(envelope.occurredAt(), envelope.correlationId(), intent.clientOrderId());
        }
        return this;
    }

    /** True when the signal was decided, or its bar is older than the window (then it is stale by any policy). */
    public boolean isDecided(EntrySignalled signal) {
        return isDecided(signal.signalId()) || isBeyondWindow(signal.barTime());
    }

    /** True when a decision on this signal id is remembered. */
    public boolean isDecided(String signalId) {
        return decidedAt.containsKey(signalId) || decidedAt.containsKey(ClientOrderIds.forEntry(signalId));
    }

    /** True for a time older than the window before the newest decision: decisions that old are forgotten. */
    public boolean isBeyondWindow(Instant time) {
        return newestDecision != null && time.isBefore(newestDecision.minus(DEDUP_WINDOW));
    }

    /** Remembered keys: bounded by the decisions inside the window. */
    public int size() {
        return oldestFirst.size();
    }

    private SignalLedger decided(Instant at, String signalId, String clientOrderId) {
        PMap<String, Instant> known = decidedAt;
        PVector<String> order = oldestFirst;
        for (String key : new String[] {signalId, clientOrderId}) {
            if (key != null && !known.containsKey(key)) {
                known = known.plus(key, at);
                order = order.plus(key);
            }
        }
        Instant newest = newestDecision == null || at.isAfter(newestDecision) ? at : newestDecision;
        Instant horizon = newest.minus(DEDUP_WINDOW);
        while (!order.isEmpty() && known.get(order.get(0)).isBefore(horizon)) {
            known = known.minus(order.get(0));
            order = order.minus(0);
        }
        return new SignalLedger(known, order, newest);
    }
}
