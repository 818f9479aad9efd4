package com.tradesuite.schemas.topic;

import java.util.Map;

import com.tradesuite.schemas.event.Event;
import com.tradesuite.schemas.serde.EventCodec;

/**
 * One topic of the catalog: its name, the event family it carries, its key (always the symbol) and its configs.
 *
 * <p>Kafka's serializers for a topic are in schemas-kafka ({@code com.tradesuite.schemas.kafka.TopicSerdes}): this
 * module stays free of Kafka.
 *
 * @param configs topic-level configs applied at creation (retention, cleanup policy)
 */
public record Topic<E extends Event>(String name, Class<E> family, Map<String, String> configs) implements TopicSpec {

    public EventCodec<E> codec() {
        return new EventCodec<>(family);
    }
}
