package com.tradesuite.service.log;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import com.tradesuite.schemas.event.EventEnvelope;

/**
 * The events this instance appended to a topic it also reads whose copy has not come back from the log yet. The
 * runtime marks each returning copy as the service's own echo ({@link LoggedEvent#ownEcho()}) once, by event id,
 * and forgets it after the service handled it, so a service that folds its writes at once can skip the echo and
 * one that folds only from the log can wait while {@link #awaits(String)} its symbol.
 */
public final class OwnWrites {

    private final Supplier<Set<String>> topicSource;
    private volatile Set<String> trackedTopics;
    /** Event id -> [symbol, copies awaited]: the same id appended twice (a retried decision) echoes twice. */
    private final Map<String, Pending> pendingById = new ConcurrentHashMap<>();
    private final Map<String, Integer> pendingBySymbol = new ConcurrentHashMap<>();

    private record Pending(String symbol, int copies) {
    }

    /** Tracks appends to these topics only: writes to a topic the service does not read never come back. */
    public OwnWrites(Set<String> trackedTopics) {
        this(() -> trackedTopics);
    }

    /**
     * The topics are asked for at the first append: the service that names them may itself need the publisher to be
     * constructed, so asking at once would be a construction cycle.
     */
    OwnWrites(Supplier<Set<String>> trackedTopics) {
        this.topicSource = trackedTopics;
    }

    private Set<String> trackedTopics() {
        Set<String> topics = trackedTopics;
        if (topics == null) {
            topics = Set.copyOf(topicSource.get());
            trackedTopics = topics;
        }
        return topics;
    }

    /** Nothing comes back to a service that reads nothing. */
    public static OwnWrites none() {
        return new OwnWrites(Set.of());
    }

    /** Called before the append, so an echo that overtakes the caller is still recognised. */
    void appending(String topic, EventEnvelope<?> envelope) {
        if (!trackedTopics().contains(topic)) {
            return;
        }
        pendingById.merge(envelope.eventId(), new Pending(envelope.symbol(), 1),
                (old, one) -> new Pending(old.symbol(), old.copies() + 1));
        pendingBySymbol.merge(envelope.symbol(), 1, Integer::sum);
    }

    /** The append failed: no copy will come back. */
    void notAppended(String topic, EventEnvelope<?> envelope) {
        if (trackedTopics().contains(topic)) {
            forgetOne(envelope.eventId());
        }
    }

    /** True when an event with this id was appended here and its copy is awaited. */
    boolean isAwaited(String eventId) {
        return pendingById.containsKey(eventId);
    }

    /** One copy came back and was handled. */
    void arrived(String eventId) {
        forgetOne(eventId);
    }

    /** True while an event this instance appended for the symbol has not come back and been handled. */
    public boolean awaits(String symbol) {
        return pendingBySymbol.containsKey(symbol);
    }

    /** Partitions were reassigned: their history is replayed from the log, echoes included. */
    void clear() {
        pendingById.clear();
        pendingBySymbol.clear();
    }

    int size() {
        return pendingById.size();
    }

    private void forgetOne(String eventId) {
        Pending[] removed = new Pending[1];
        pendingById.computeIfPresent(eventId, (id, pending) -> {
            removed[0] = pending;
            return pending.copies() == 1 ? null : new Pending(pending.symbol(), pending.copies() - 1);
        });
        if (removed[0] != null) {
            pendingBySymbol.computeIfPresent(removed[0].symbol(), (symbol, count) -> count == 1 ? null : count - 1);
        }
    }
}
