package com.tradesuite.bench.read;

import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;

import com.tradesuite.bench.Deadline;

/** The baseline: a bare KafkaConsumer reads every partition from the beginning to the end offsets, nothing else. */
public final class BareRead {

    private BareRead() {
    }

    public static ReadResult run(String bootstrapServers, Collection<String> topics, Deadline deadline) {
        try (KafkaConsumer<byte[], byte[]> consumer = LogPartitions.consumer(bootstrapServers, "bench-bare")) {
            List<TopicPartition> partitions = LogPartitions.of(consumer, topics);
            consumer.assign(partitions);
            Map<TopicPartition, Long> remaining = new HashMap<>(consumer.endOffsets(partitions));
            long started = System.nanoTime();
            consumer.seekToBeginning(partitions);
            long records = 0;
            long bytes = 0;
            while (!LogPartitions.reachedEnds(consumer, remaining)) {
                if (deadline.passed()) {
                    return new ReadResult("bare KafkaConsumer", records, Duration.ofNanos(System.nanoTime() - started),
                            false, null);
                }
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    records++;
                    bytes += record.value().length;
                }
            }
            Duration elapsed = Duration.ofNanos(System.nanoTime() - started);
            if (bytes < 0) {
                throw new IllegalStateException("unreachable: keeps the byte count alive");
            }
            return new ReadResult("bare KafkaConsumer", records, elapsed, true, null);
        }
    }
}
