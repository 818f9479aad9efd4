package com.tradesuite.bench.read;

import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;

import com.tradesuite.bench.Deadline;
import com.tradesuite.bench.Progress;
import com.tradesuite.schemas.event.EventEnvelope;
import com.tradesuite.schemas.serde.DecodeResult;
import com.tradesuite.schemas.topic.Topic;
import com.tradesuite.schemas.topic.TopicCatalog;

/**
 * The bare read plus what a replay adds, in the replay's order: decode every record with its topic's codec, merge
 * the topics by log-append time (then topic, then offset), fold everything through {@link BenchFold}.
 */
public final class FoldRead {

    private static final Comparator<Decoded> REPLAY_ORDER = Comparator.comparingLong(Decoded::timestamp)
            .thenComparing(Decoded::topic).thenComparingLong(Decoded::offset);

    private FoldRead() {
    }

    private record Decoded(String topic, long offset, long timestamp, EventEnvelope<?> envelope) {
    }

    public static ReadResult run(String bootstrapServers, Collection<String> topics, PrintStream out,
                                 Deadline deadline) {
        try (KafkaConsumer<byte[], byte[]> consumer = LogPartitions.consumer(bootstrapServers, "bench-fold")) {
            List<TopicPartition> partitions = LogPartitions.of(consumer, topics);
            consumer.assign(partitions);
            Map<TopicPartition, Long> remaining = new HashMap<>(consumer.endOffsets(partitions));
            long started = System.nanoTime();
            consumer.seekToBeginning(partitions);
            List<Decoded> history = new ArrayList<>();
            while (!LogPartitions.reachedEnds(consumer, remaining)) {
                if (deadline.passed()) {
                    return new ReadResult("read + decode + fold", 0, Duration.ofNanos(System.nanoTime() - started),
                            false, null);
                }
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    Topic<?> topic = TopicCatalog.byName(record.topic()).orElseThrow();
                    if (topic.codec().decode(record.value()) instanceof DecodeResult.Valid<?> valid) {
                        history.add(new Decoded(record.topic(), record.offset(), record.timestamp(), valid.envelope()));
                    }
                }
            }
            history.sort(REPLAY_ORDER);
            BenchFold fold = new BenchFold();
            Progress progress = new Progress(out, "folded", history.size());
            for (Decoded event : history) {
                fold.apply(event.envelope());
                if ((fold.folded() & 1023) == 0) {
                    progress.at(fold.folded());
                    if (deadline.passed()) {
                        return new ReadResult("read + decode + fold", fold.folded(),
                                Duration.ofNanos(System.nanoTime() - started), false, null);
                    }
                }
            }
            Duration elapsed = Duration.ofNanos(System.nanoTime() - started);
            return new ReadResult("read + decode + fold", fold.folded(), elapsed, true, fold.summary());
        }
    }
}
