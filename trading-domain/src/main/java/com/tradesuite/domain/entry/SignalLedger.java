package com.tradesuite.domain.entry;

import java.io.Serial;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;

import org.pcollections.HashTreePMap;
import org.pcollections.PMap;
import org.pcollections.PSortedSet;
import org.pcollections.TreePSet;

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
 * as decided without being remembered, and the ledger stays bounded. Each decision keeps its symbol, so a
 * partition's share can be sliced off.
 *
 * @param decided each remembered signal id (and entry client order id) with its symbol and decision time
 * @param byTime the remembered keys ordered by decision time, for forgetting the oldest
 * @param newestDecision the log time of the newest decision, or null before the first
 */
public record SignalLedger(PMap<String, Decision> decided, PSortedSet<Decision> byTime, Instant newestDecision)
        implements Serializable {

    /** Longer than any signal's allowed age: the buyer refuses a max signal age at or beyond it. */
    public static final Duration DEDUP_WINDOW = Duration.ofDays(1);

    /** One remembered decision: the key (signal id or client order id), its symbol and when it was decided. */
    public record Decision(String key, String symbol, Instant at) implements Serializable {
    }

    private static final Comparator<Decision> BY_TIME = Comparator.comparing(Decision::at)
            .thenComparing(Decision::key);

    private static final SignalLedger EMPTY = new SignalLedger(HashTreePMap.empty(), TreePSet.empty(BY_TIME), null);

    public static SignalLedger empty() {
        return EMPTY;
    }

    public SignalLedger apply(EventEnvelope<?> envelope) {
        if (envelope.payload() instanceof EntryDeclined declined) {
            return decided(envelope.symbol(), envelope.occurredAt(), declined.signalId(), null);
        }
        if (envelope.payload() instanceof OrderIntentRecorded intent && intent.purpose() == OrderPurpose.ENTRY) {
            // The correlation id carries the signal id; the deterministic client order id covers a writer that lost it.
            return decided(envelope.symbol(), envelope.occurredAt(), envelope.correlationId(), intent.clientOrderId());
        }
        return this;
    }

    /** True when the signal was decided, or its bar is older than the window (then it is stale by any policy). */
    public boolean isDecided(EntrySignalled signal) {
        return isDecided(signal.signalId()) || isBeyondWindow(signal.barTime());
    }

    /** True when a decision on this signal id is remembered. */
    public boolean isDecided(String signalId) {
        return decided.containsKey(signalId) || decided.containsKey(ClientOrderIds.forEntry(signalId));
    }

    /** True for a time older than the window before the newest decision: decisions that old are forgotten. */
    public boolean isBeyondWindow(Instant time) {
        return newestDecision != null && time.isBefore(newestDecision.minus(DEDUP_WINDOW));
    }

    /** Remembered keys: bounded by the decisions inside the window. */
    public int size() {
        return decided.size();
    }

    /**
     * Only the decisions on symbols {@code keep} accepts; the newest decision time stays (log time, which every
     * partition shares).
     */
    public SignalLedger slice(Predicate<String> keep) {
        PMap<String, Decision> kept = decided;
        PSortedSet<Decision> ordered = byTime;
        for (Decision decision : decided.values()) {
            if (!keep.test(decision.symbol())) {
                kept = kept.minus(decision.key());
                ordered = ordered.minus(decision);
            }
        }
        return new SignalLedger(kept, ordered, newestDecision);
    }

    /** This ledger with another's decisions (of other symbols), pruned to the window of the newer of the two. */
    public SignalLedger merge(SignalLedger other) {
        SignalLedger merged = this;
        for (Decision decision : other.byTime) {
            merged = merged.remember(decision);
        }
        return merged.prunedTo(later(merged.newestDecision, other.newestDecision));
    }

    private SignalLedger decided(String symbol, Instant at, String signalId, String clientOrderId) {
        SignalLedger next = this;
        for (String key : new String[] {signalId, clientOrderId}) {
            if (key != null) {
                next = next.remember(new Decision(key, symbol, at));
            }
        }
        return next.prunedTo(later(newestDecision, at));
    }

    private SignalLedger remember(Decision decision) {
        if (decided.containsKey(decision.key())) {
            return this;
        }
        return new SignalLedger(decided.plus(decision.key(), decision), byTime.plus(decision), newestDecision);
    }

    private SignalLedger prunedTo(Instant newest) {
        if (newest == null) {
            return this;
        }
        Instant horizon = newest.minus(DEDUP_WINDOW);
        PMap<String, Decision> kept = decided;
        PSortedSet<Decision> ordered = byTime;
        while (!ordered.isEmpty() && ordered.first().at().isBefore(horizon)) {
            kept = kept.minus(ordered.first().key());
            ordered = ordered.minusFirst();
        }
        return new SignalLedger(kept, ordered, newest);
    }

    private static Instant later(Instant a, Instant b) {
        if (a == null) {
            return b;
        }
        return b == null || a.isAfter(b) ? a : b;
    }

    @Serial
    private Object writeReplace() {
        return new Form(new ArrayList<>(byTime), newestDecision);
    }

    /** The serialised form: the decisions oldest first as a plain list, rebuilt into persistent sets on read. */
    private record Form(List<Decision> decisions, Instant newestDecision) implements Serializable {
        @Serial
        private Object readResolve() {
            SignalLedger ledger = new SignalLedger(HashTreePMap.empty(), TreePSet.empty(BY_TIME), newestDecision);
            for (Decision decision : decisions) {
                ledger = ledger.remember(decision);
            }
            return ledger;
        }
    }
}
