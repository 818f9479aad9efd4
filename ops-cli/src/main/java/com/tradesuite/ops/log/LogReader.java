package com.tradesuite.ops.log;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.function.Consumer;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndTimestamp;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

import com.tradesuite.schemas.log.AppendTimeMerge;
import com.tradesuite.schemas.topic.Topic;

/**
 * Reads catalog topics with a group-less consumer (it never commits, so it never disturbs the services): first the
 * history up to the ends seen when the read starts (or up to a time), streamed in replay order, then, for
 * {@code tail}, whatever arrives after. Invalid bytes come back decoded as invalid, never as an exception.
 */
public final class LogReader implements AutoCloseable {

    private static final Duration POLL = Duration.ofMillis(200);
    /** Records held per partition while merging the history before that partition is paused. */
    private static final int MERGE_BOUND = 2000;

    private final KafkaConsumer<String, byte[]> consumer;
    private final Map<String, Topic<?>> topicsByName = new HashMap<>();
    private final List<String> missingTopics = new ArrayList<>();

    public LogReader(String bootstrapServers, Collection<Topic<?>> topics, Duration apiTimeout) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        props.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, "false");
        props.put(ConsumerConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, String.valueOf(apiTimeout.toMillis()));
        props.put(ConsumerConfig.CLIENT_ID_CONFIG, "tradesuite-ops-cli");
        this.consumer = new KafkaConsumer<>(props, new StringDeserializer(), new ByteArrayDeserializer());
        List<TopicPartition> partitions = new ArrayList<>();
        for (Topic<?> topic : topics) {
            topicsByName.put(topic.name(), topic);
            List<PartitionInfo> infos = consumer.partitionsFor(topic.name());
            if (infos == null || infos.isEmpty()) {
                missingTopics.add(topic.name());
                continue;
            }
            infos.forEach(info -> partitions.add(new TopicPartition(info.topic(), info.partition())));
        }
        consumer.assign(partitions);
    }

    /** Catalog topics that do not exist on the cluster (nothing to read there). */
    public List<String> missingTopics() {
        return List.copyOf(missingTopics);
    }

    /**
     * Reads from the beginning to the end offsets of this moment, or to the last record appended at or before
     * {@code until}, handing each record to {@code sink} in replay order as soon as that order is certain (only a
     * bounded number of records is held, however long the log); returns how many it handed over and leaves the
     * reader positioned after them.
     */
    public long readHistory(Instant until, Progress progress, Consumer<LoggedRecord> sink) {
        consumer.seekToBeginning(consumer.assignment());
        Map<TopicPartition, Long> ends = endOffsets(until);
        long expected = 0;
        for (Map.Entry<TopicPartition, Long> end : ends.entrySet()) {
            expected += Math.max(0, end.getValue() - consumer.position(end.getKey()));
        }
        progress.expect(expected);
        AppendTimeMerge<LoggedRecord> merge = new AppendTimeMerge<>(ends.keySet(), MERGE_BOUND,
                LoggedRecord::logPosition);
        Set<TopicPartition> read = new HashSet<>();
        Set<TopicPartition> paused = new HashSet<>();
        long handed = 0;
        while (true) {
            for (Map.Entry<TopicPartition, Long> end : ends.entrySet()) {
                if (!read.contains(end.getKey()) && consumer.position(end.getKey()) >= end.getValue()) {
                    read.add(end.getKey());
                    merge.exhausted(end.getKey());
                }
            }
            for (Optional<LoggedRecord> next = merge.next(); next.isPresent(); next = merge.next()) {
                sink.accept(next.get());
                handed++;
            }
            if (merge.finished()) {
                break;
            }
            holdFullOrRead(ends.keySet(), merge, read, paused);
            int taken = 0;
            for (ConsumerRecord<String, byte[]> record : consumer.poll(POLL)) {
                TopicPartition tp = new TopicPartition(record.topic(), record.partition());
                if (record.offset() < ends.get(tp)) {
                    merge.add(toLogged(record));
                    taken++;
                }
            }
            progress.advance(taken);
            // With --until the rest of a partition stays unread: park the reader at the cut.
            for (TopicPartition tp : ends.keySet()) {
                if (consumer.position(tp) > ends.get(tp)) {
                    consumer.seek(tp, ends.get(tp));
                }
            }
        }
        consumer.resume(paused);
        return handed;
    }

    /** Pauses a partition while its merge buffer is full or once it is read to its end; resumes the others. */
    private void holdFullOrRead(Set<TopicPartition> partitions, AppendTimeMerge<LoggedRecord> merge,
                                Set<TopicPartition> read, Set<TopicPartition> paused) {
        Set<TopicPartition> pause = new HashSet<>();
        Set<TopicPartition> resume = new HashSet<>();
        for (TopicPartition tp : partitions) {
            boolean hold = read.contains(tp) || merge.full(tp);
            if (hold && paused.add(tp)) {
                pause.add(tp);
            } else if (!hold && paused.remove(tp)) {
                resume.add(tp);
            }
        }
        consumer.pause(pause);
        consumer.resume(resume);
    }

    /** Moves every partition to its current end (tail without --from-beginning). */
    public void seekToEnd() {
        consumer.seekToEnd(consumer.assignment());
        consumer.assignment().forEach(consumer::position);
    }

    /** Records that arrived since the last read, in replay order within this batch. */
    public List<LoggedRecord> pollNew(Duration timeout) {
        List<LoggedRecord> records = new ArrayList<>();
        for (ConsumerRecord<String, byte[]> record : consumer.poll(timeout)) {
            records.add(toLogged(record));
        }
        records.sort(LoggedRecord.REPLAY_ORDER);
        return records;
    }

    /** Interrupts a blocking poll from another thread (Ctrl-C). */
    public void wakeup() {
        consumer.wakeup();
    }

    private Map<TopicPartition, Long> endOffsets(Instant until) {
        Map<TopicPartition, Long> ends = new HashMap<>(consumer.endOffsets(consumer.assignment()));
        if (until == null) {
            return ends;
        }
        Map<TopicPartition, Long> firstAfter = new HashMap<>();
        for (TopicPartition tp : ends.keySet()) {
            firstAfter.put(tp, until.toEpochMilli() + 1);
        }
        Map<TopicPartition, OffsetAndTimestamp> cut = consumer.offsetsForTimes(firstAfter);
        for (Map.Entry<TopicPartition, OffsetAndTimestamp> entry : cut.entrySet()) {
            if (entry.getValue() != null) {
                ends.put(entry.getKey(), Math.min(ends.get(entry.getKey()), entry.getValue().offset()));
            }
        }
        return ends;
    }

    private LoggedRecord toLogged(ConsumerRecord<String, byte[]> record) {
        Topic<?> topic = topicsByName.get(record.topic());
        return new LoggedRecord(record.topic(), record.partition(), record.offset(),
                Instant.ofEpochMilli(record.timestamp()), record.key(), record.value(),
                topic.codec().decode(record.value()));
    }

    @Override
    public void close() {
        consumer.close(Duration.ofSeconds(2));
    }
}
