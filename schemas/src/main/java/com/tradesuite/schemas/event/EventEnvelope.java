package com.tradesuite.schemas.event;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * The envelope every event travels in: identity, type, schema version, time, symbol (the Kafka key), the writing
 * service, and the correlation/causation ids that let one trade be followed signal -> order -> fill -> exit.
 *
 * @param eventId unique id of this event (deterministic where the writer needs idempotence)
 * @param type the payload's type name, see {@link EventTypes}
 * @param schemaVersion the payload schema version the writer used
 * @param occurredAt when the fact happened (the writer's clock, or the broker's for broker facts)
 * @param symbol the instrument; also the record key, so a symbol's events share a partition on every topic
 * @param source the service that wrote the event
 * @param correlationId the id shared by every event of one trade (usually the signalId)
 * @param causationId the eventId (or broker id) of the event that caused this one; null for roots
 * @param payload the event itself
 */
public record EventEnvelope<E extends Event>(
        String eventId,
        String type,
        int schemaVersion,
        Instant occurredAt,
        String symbol,
        String source,
        String correlationId,
        String causationId,
        E payload) {

    public EventEnvelope {
        requireText(eventId, "eventId");
        requireText(type, "type");
        Objects.requireNonNull(occurredAt, "occurredAt is required");
        requireText(symbol, "symbol");
        requireText(source, "source");
        Objects.requireNonNull(payload, "payload is required");
        if (!EventTypes.nameOf(payload.getClass()).equals(type)) {
            throw new IllegalArgumentException("type " + type + " does not match payload " + payload.getClass().getSimpleName());
        }
        if (schemaVersion < 1) {
            throw new IllegalArgumentException("schemaVersion must be >= 1, was " + schemaVersion);
        }
    }

    /** Wraps a payload in a new envelope with a random event id and the payload type's current schema version. */
    public static <E extends Event> EventEnvelope<E> of(E payload, String symbol, String source, Instant occurredAt,
                                                        String correlationId, String causationId) {
        return withId(UUID.randomUUID().toString(), payload, symbol, source, occurredAt, correlationId, causationId);
    }

    /** Like {@link #of} with a caller-chosen event id, for writers that must be idempotent. */
    public static <E extends Event> EventEnvelope<E> withId(String eventId, E payload, String symbol, String source,
                                                            Instant occurredAt, String correlationId,
                                                            String causationId) {
        Class<? extends Event> type = payload.getClass();
        return new EventEnvelope<>(eventId, EventTypes.nameOf(type), EventTypes.currentVersionOf(type), occurredAt,
                symbol, source, correlationId, causationId, payload);
    }

    private static void requireText(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " is required");
        }
    }
}
