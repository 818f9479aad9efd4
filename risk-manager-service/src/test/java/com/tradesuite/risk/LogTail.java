package com.tradesuite.risk;

import com.tradesuite.kafka.embedded.SharedKafkaBroker;
import com.tradesuite.schemas.event.Event;
import com.tradesuite.schemas.event.EventEnvelope;
import com.tradesuite.schemas.kafka.TopicSerdes;
import com.tradesuite.schemas.serde.DecodeResult;
import com.tradesuite.schemas.topic.Topic;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;

/** Reads a whole topic from the beginning with a plain consumer (no group), as a test observer of the log. */
final class LogTail<E extends Event> implements AutoCloseable {

    private final KafkaConsumer<String, DecodeResult<E>> consumer;
    private final List<EventEnvelope<E>> events = new ArrayList<>();

    LogTail(Topic<E> topic) {
        this(topic, SharedKafkaBroker.bootstrapServers());
    }

    /** A tail of the topic on another broker than the module's shared one. */
    LogTail(Topic<E> topic, String bootstrapServers) {
        consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false),
                TopicSerdes.keyDeserializer(topic), TopicSerdes.valueDeserializer(topic));
        List<TopicPartition> partitions = consumer.partitionsFor(topic.name()).stream()
                .map(info -> new TopicPartition(info.topic(), info.partition())).toList();
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
    }

    /** Everything appended so far (reads what is new first). */
    synchronized List<EventEnvelope<E>> read() {
        for (ConsumerRecord<String, DecodeResult<E>> record : consumer.poll(Duration.ofMillis(300))) {
            if (record.value() instanceof DecodeResult.Valid<E> valid) {
                events.add(valid.envelope());
            }
        }
        return List.copyOf(events);
    }

    /** The payloads of {@code type} for {@code symbol}, in log order per partition. */
    <T extends E> List<T> payloads(Class<T> type, String symbol) {
        return read().stream().filter(envelope -> envelope.symbol().equals(symbol))
                .map(EventEnvelope::payload).filter(type::isInstance).map(type::cast).toList();
    }

    <T extends E> List<EventEnvelope<E>> envelopes(Class<T> type, String symbol) {
        return read().stream().filter(envelope -> envelope.symbol().equals(symbol))
                .filter(envelope -> type.isInstance(envelope.payload())).toList();
    }

    @Override
    public synchronized void close() {
        consumer.close();
    }
}
