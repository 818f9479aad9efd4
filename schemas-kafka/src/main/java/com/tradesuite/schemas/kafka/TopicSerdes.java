package com.tradesuite.schemas.kafka;

import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.Serializer;

import com.tradesuite.schemas.event.Event;
import com.tradesuite.schemas.event.EventEnvelope;
import com.tradesuite.schemas.serde.DecodeResult;
import com.tradesuite.schemas.serde.DecodingDeserializer;
import com.tradesuite.schemas.serde.EventSerializer;
import com.tradesuite.schemas.topic.Topic;

/** Kafka's serializers for a {@link Topic} of the catalog: the key is always the symbol, the value an envelope. */
public final class TopicSerdes {

    private TopicSerdes() {
    }

    public static Serializer<String> keySerializer(Topic<?> topic) {
        return Serdes.String().serializer();
    }

    public static Deserializer<String> keyDeserializer(Topic<?> topic) {
        return Serdes.String().deserializer();
    }

    public static <E extends Event> Serializer<EventEnvelope<E>> valueSerializer(Topic<E> topic) {
        return new EventSerializer<>(topic.codec());
    }

    /** A deserializer that never throws: invalid records come back as {@link DecodeResult.Invalid}. */
    public static <E extends Event> Deserializer<DecodeResult<E>> valueDeserializer(Topic<E> topic) {
        return new DecodingDeserializer<>(topic.codec());
    }
}
