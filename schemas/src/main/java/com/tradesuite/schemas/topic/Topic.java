package com.tradesuite.schemas.topic;

import java.util.Map;

import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.Serializer;

import com.tradesuite.schemas.event.Event;
import com.tradesuite.schemas.event.EventEnvelope;
import com.tradesuite.schemas.serde.DecodeResult;
import com.tradesuite.schemas.serde.DecodingDeserializer;
import com.tradesuite.schemas.serde.EventCodec;
import com.tradesuite.schemas.serde.EventSerializer;

/**
 * One topic of the catalog: its name, the event family it carries, its key (always the symbol) and its configs.
 *
 * @param configs topic-level configs applied at creation (retention, cleanup policy)
 */
public record Topic<E extends Event>(String name, Class<E> family, Map<String, String> configs) implements TopicSpec {

    public EventCodec<E> codec() {
        return new EventCodec<>(family);
    }

    public Serializer<String> keySerializer() {
        return Serdes.String().serializer();
    }

    public Deserializer<String> keyDeserializer() {
        return Serdes.String().deserializer();
    }

    public Serializer<EventEnvelope<E>> valueSerializer() {
        return new EventSerializer<>(codec());
    }

    /** A deserializer that never throws: invalid records come back as {@link DecodeResult.Invalid}. */
    public Deserializer<DecodeResult<E>> valueDeserializer() {
        return new DecodingDeserializer<>(codec());
    }
}
