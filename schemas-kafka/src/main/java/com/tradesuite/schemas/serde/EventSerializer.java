package com.tradesuite.schemas.serde;

import org.apache.kafka.common.serialization.Serializer;

import com.tradesuite.schemas.event.Event;
import com.tradesuite.schemas.event.EventEnvelope;

/** Kafka serializer for the envelopes of one event family. */
public final class EventSerializer<E extends Event> implements Serializer<EventEnvelope<E>> {

    private final EventCodec<E> codec;

    public EventSerializer(EventCodec<E> codec) {
        this.codec = codec;
    }

    @Override
    public byte[] serialize(String topic, EventEnvelope<E> envelope) {
        return envelope == null ? null : codec.encode(envelope);
    }
}
