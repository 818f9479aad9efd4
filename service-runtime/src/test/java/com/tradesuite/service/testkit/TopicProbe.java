package com.tradesuite.service.testkit;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

import com.tradesuite.kafka.embedded.SharedKafkaBroker;
import com.tradesuite.schemas.event.Event;
import com.tradesuite.schemas.event.EventEnvelope;
import com.tradesuite.schemas.serde.DecodeResult;
import com.tradesuite.schemas.topic.Topic;

/**
 * The one topic reader of the tests: reads a whole catalog topic from the beginning with a plain consumer (no
 * group commits) and keeps every valid event it has seen, in log order per partition.
 */
public final class TopicProbe<E extends Event> implements AutoCloseable {

    private final Topic<E> topic;
    private final KafkaConsumer<String, byte[]> consumer;
    private final List<EventEnvelope<E>> seen = new ArrayList<>();
    private final Map<Integer, List<EventEnvelope<E>>> seenByPartition = new LinkedHashMap<>();

    /** A probe on the tests' shared broker. */
    public TopicProbe(Topic<E> topic) {
        this(topic, SharedKafkaBroker.bootstrapServers());
    }

    public TopicProbe(Topic<E> topic, String bootstrapServers) {
        this.topic = topic;
        this.consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, "probe-" + UUID.randomUUID(),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false),
                new StringDeserializer(), new ByteArrayDeserializer());
        List<TopicPartition> partitions = consumer.partitionsFor(topic.name()).stream()
                .map(info -> new TopicPartition(topic.name(), info.partition())).toList();
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
    }

    /** Everything read so far, after one more poll. */
    public synchronized List<EventEnvelope<E>> poll() {
        consumer.poll(Duration.ofMillis(200)).forEach(record -> {
            if (topic.codec().decode(record.value()) instanceof DecodeResult.Valid<E> valid) {
                seen.add(valid.envelope());
                seenByPartition.computeIfAbsent(record.partition(), partition -> new ArrayList<>())
                        .add(valid.envelope());
            }
        });
        return List.copyOf(seen);
    }

    /** Everything read so far by partition number (log order within each), after one more poll. */
    public synchronized Map<Integer, List<EventEnvelope<E>>> pollByPartition() {
        poll();
        Map<Integer, List<EventEnvelope<E>>> copy = new LinkedHashMap<>();
        seenByPartition.forEach((partition, envelopes) -> copy.put(partition, List.copyOf(envelopes)));
        return copy;
    }

    /** Everything read so far whose payload is of this type, after one more poll. */
    public <P extends E> List<EventEnvelope<P>> poll(Class<P> type) {
        List<EventEnvelope<P>> matching = new ArrayList<>();
        for (EventEnvelope<E> envelope : poll()) {
            if (type.isInstance(envelope.payload())) {
                @SuppressWarnings("unchecked")
                EventEnvelope<P> typed = (EventEnvelope<P>) envelope;
                matching.add(typed);
            }
        }
        return matching;
    }

    /** Everything read so far that matches, after one more poll. */
    public List<EventEnvelope<E>> poll(Predicate<EventEnvelope<E>> matching) {
        return poll().stream().filter(matching).toList();
    }

    @Override
    public synchronized void close() {
        consumer.close();
    }
}
