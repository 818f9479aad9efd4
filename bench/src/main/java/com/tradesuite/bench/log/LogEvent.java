package com.tradesuite.bench.log;

import com.tradesuite.schemas.event.Event;
import com.tradesuite.schemas.event.EventEnvelope;
import com.tradesuite.schemas.topic.Topic;

/** One generated event and the topic it is written to (keyed by its symbol, as every writer does). */
public record LogEvent(Topic<?> topic, EventEnvelope<?> envelope) {

    /** The record value exactly as the services' EventPublisher writes it (the topic's codec). */
    @SuppressWarnings("unchecked")
    public byte[] encode() {
        return ((Topic<Event>) topic).codec().encode((EventEnvelope<Event>) envelope);
    }
}
