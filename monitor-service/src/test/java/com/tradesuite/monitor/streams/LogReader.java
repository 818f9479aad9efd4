package com.tradesuite.monitor.streams;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

import com.tradesuite.schemas.event.EventEnvelope;
import com.tradesuite.schemas.log.LogPosition;
import com.tradesuite.schemas.serde.DecodeResult;
import com.tradesuite.schemas.topic.Topic;
import com.tradesuite.schemas.topic.TopicCatalog;

/** Reads the monitor's input topics back to their end, in replay order (what today's fold folds). */
final class LogReader {

    private static final Duration DEADLINE = Duration.ofSeconds(30);

    private LogReader() {
    }

    static List<EventEnvelope<?>> monitorInputs(String bootstrapServers) {
        Map<LogPosition, EventEnvelope<?>> log = new TreeMap<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, "log-reader-" + UUID.randomUUID(),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed"),
                new StringDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (Topic<?> topic : MonitorTopology.INPUTS) {
                consumer.partitionsFor(topic.name())
                        .forEach(info -> partitions.add(new TopicPartition(topic.name(), info.partition())));
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            long deadline = System.nanoTime() + DEADLINE.toNanos();
            while (partitions.stream().anyMatch(partition -> consumer.position(partition) < ends.get(partition))) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("the log was not read to its end within " + DEADLINE);
                }
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    Topic<?> topic = TopicCatalog.byName(record.topic()).orElseThrow();
                    if (topic.codec().decode(record.value()) instanceof DecodeResult.Valid<?> valid) {
                        log.put(new LogPosition(record.topic(), record.partition(), record.offset(),
                                record.timestamp()), valid.envelope());
                    }
                }
            }
        }
        return List.copyOf(log.values());
    }
}
