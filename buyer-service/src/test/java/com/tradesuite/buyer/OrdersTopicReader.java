package com.tradesuite.buyer;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;

import com.tradesuite.schemas.event.EventEnvelope;
import com.tradesuite.schemas.event.OrderEvent;
import com.tradesuite.schemas.kafka.TopicSerdes;
import com.tradesuite.schemas.serde.DecodeResult;
import com.tradesuite.schemas.topic.TopicCatalog;

/** Reads {@code orders} from the beginning with a plain consumer; tests poll it inside Awaitility conditions. */
final class OrdersTopicReader implements AutoCloseable {

    private final KafkaConsumer<String, DecodeResult<OrderEvent>> consumer;
    private final List<EventEnvelope<OrderEvent>> seen = new CopyOnWriteArrayList<>();

    OrdersTopicReader(String bootstrapServers) {
        consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, "buyer-it-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
                TopicSerdes.keyDeserializer(TopicCatalog.ORDERS), TopicSerdes.valueDeserializer(TopicCatalog.ORDERS));
        consumer.subscribe(Set.of(TopicCatalog.ORDERS.name()));
    }

    /** Polls once more and returns everything read so far. */
    List<EventEnvelope<OrderEvent>> poll() {
        consumer.poll(Duration.ofMillis(200)).forEach(record -> {
            if (record.value() instanceof DecodeResult.Valid<OrderEvent> valid) {
                seen.add(valid.envelope());
            }
        });
        return List.copyOf(seen);
    }

    /** Events read so far whose payload has this type and whose correlation id is the given one. */
    <E extends OrderEvent> List<E> payloads(Class<E> type, String correlationId) {
        return seen.stream()
                .filter(envelope -> type.isInstance(envelope.payload()))
                .filter(envelope -> correlationId.equals(envelope.correlationId()))
                .map(envelope -> type.cast(envelope.payload())).toList();
    }

    @Override
    public void close() {
        consumer.close(Duration.ofSeconds(5));
    }
}
