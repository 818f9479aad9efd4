package com.tradesuite.localstack;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

import com.tradesuite.schemas.event.Event;
import com.tradesuite.schemas.event.EventEnvelope;
import com.tradesuite.schemas.log.LogPosition;
import com.tradesuite.schemas.serde.DecodeResult;
import com.tradesuite.schemas.topic.Topic;
import com.tradesuite.schemas.topic.TopicCatalog;

/** Everything on the catalog's topics right now, read from the beginning to the current end, decoded. */
final class LogSnapshot {

    private final Map<String, List<EventEnvelope<? extends Event>>> byTopic;
    private final Map<EventEnvelope<? extends Event>, LogPosition> positions;
    private final List<String> invalid;

    private LogSnapshot(Map<String, List<EventEnvelope<? extends Event>>> byTopic,
                        Map<EventEnvelope<? extends Event>, LogPosition> positions, List<String> invalid) {
        this.byTopic = byTopic;
        this.positions = positions;
        this.invalid = invalid;
    }

    static LogSnapshot read(String bootstrapServers) {
        Map<String, List<EventEnvelope<? extends Event>>> byTopic = new HashMap<>();
        Map<EventEnvelope<? extends Event>, LogPosition> positions = new IdentityHashMap<>();
        List<String> invalid = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed"),
                new StringDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (Topic<?> topic : TopicCatalog.all()) {
                for (PartitionInfo info : consumer.partitionsFor(topic.name())) {
                    partitions.add(new TopicPartition(topic.name(), info.partition()));
                }
                byTopic.put(topic.name(), new ArrayList<>());
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = new HashMap<>(consumer.endOffsets(partitions));
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (!ends.isEmpty() && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    Topic<?> topic = TopicCatalog.byName(record.topic()).orElseThrow();
                    DecodeResult<? extends Event> result = topic.codec().decode(record.value());
                    if (result instanceof DecodeResult.Valid<? extends Event> valid) {
                        byTopic.get(record.topic()).add(valid.envelope());
                        positions.put(valid.envelope(),
                                new LogPosition(record.topic(), record.partition(), record.offset(),
                                        record.timestamp()));
                    } else {
                        invalid.add(record.topic() + "@" + record.offset());
                    }
                }
                ends.entrySet().removeIf(entry -> consumer.position(entry.getKey()) >= entry.getValue());
            }
        }
        return new LogSnapshot(byTopic, positions, invalid);
    }

    List<EventEnvelope<? extends Event>> events(Topic<?> topic) {
        return byTopic.get(topic.name());
    }

    /** Payloads of one type from a topic, in partition order. */
    <T extends Event> List<T> payloads(Topic<?> topic, Class<T> type) {
        return events(topic).stream().map(EventEnvelope::payload).filter(type::isInstance).map(type::cast)
                .toList();
    }

    /** Every envelope of the log, for folding (market data excluded: the folds do not read it). */
    List<EventEnvelope<? extends Event>> tradingEvents() {
        List<EventEnvelope<? extends Event>> all = new ArrayList<>();
        for (Topic<?> topic : List.of(TopicCatalog.ORDERS, TopicCatalog.FILLS, TopicCatalog.COOLDOWNS)) {
            all.addAll(events(topic));
        }
        return all;
    }

    /** When the broker appended this envelope (log-append time, one clock for all topics). */
    long appendedAt(EventEnvelope<? extends Event> envelope) {
        return positions.get(envelope).timestamp();
    }

    /** The replay order of the services and the operator tool ({@link LogPosition#REPLAY_ORDER}). */
    Comparator<EventEnvelope<? extends Event>> appendOrder() {
        return Comparator.comparing((EventEnvelope<? extends Event> envelope) -> positions.get(envelope),
                LogPosition.REPLAY_ORDER);
    }

    List<String> invalidRecords() {
        return invalid;
    }

    Set<String> topicsWithEvents() {
        return byTopic.entrySet().stream().filter(entry -> !entry.getValue().isEmpty()).map(Map.Entry::getKey)
                .collect(Collectors.toSet());
    }
}
