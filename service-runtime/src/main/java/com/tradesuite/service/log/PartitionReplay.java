package com.tradesuite.service.log;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;

import com.tradesuite.schemas.log.AppendTimeMerge;
import com.tradesuite.schemas.log.LogPosition;

/**
 * One replay of an assignment: history is released in replay order as soon as that order is certain, a partition
 * is paused while its buffer is full and once its history is read, and live records wait for the end.
 */
final class PartitionReplay {

    private final KafkaConsumer<?, ?> consumer;
    private final Map<TopicPartition, Long> ends;
    private final AppendTimeMerge<LoggedEvent> merge;
    private final Set<TopicPartition> read = new HashSet<>();
    private final Set<TopicPartition> paused = new HashSet<>();
    private final List<LoggedEvent> live = new ArrayList<>();
    private long released;

    /** @param ends the assigned partitions' end offsets when the replay starts: offsets below are history */
    PartitionReplay(KafkaConsumer<?, ?> consumer, Map<TopicPartition, Long> ends,
                    int bound) {
        this.consumer = consumer;
        this.ends = Map.copyOf(ends);
        this.merge = new AppendTimeMerge<>(ends.keySet(), bound,
                event -> new LogPosition(event.topic(), event.partition(), event.offset(), event.timestamp()));
    }

    /** True when the record at this offset was in the log when the replay started. */
    boolean history(TopicPartition partition, long offset) {
        Long end = ends.get(partition);
        return end != null && offset < end;
    }

    /** Takes one polled event: history into the merge, a live one held until {@link #finish}. */
    void add(LoggedEvent event) {
        if (event.replay()) {
            merge.add(event);
        } else {
            live.add(event);
        }
    }

    /** After a poll: hands {@code deliver} every history event whose place is certain, then pauses or resumes. */
    void advance(Consumer<LoggedEvent> deliver) {
        for (Map.Entry<TopicPartition, Long> end : ends.entrySet()) {
            TopicPartition partition = end.getKey();
            if (!read.contains(partition) && consumer.position(partition) >= end.getValue()) {
                read.add(partition);
                merge.exhausted(partition);
            }
        }
        for (Optional<LoggedEvent> next = merge.next(); next.isPresent(); next = merge.next()) {
            deliver.accept(next.get());
            released++;
        }
        Set<TopicPartition> pause = new HashSet<>();
        Set<TopicPartition> resume = new HashSet<>();
        for (TopicPartition partition : ends.keySet()) {
            // A partition read to its end would only fetch live records: they wait for the end of the replay.
            boolean hold = read.contains(partition) || merge.full(partition);
            if (hold && paused.add(partition)) {
                pause.add(partition);
            } else if (!hold && paused.remove(partition)) {
                resume.add(partition);
            }
        }
        if (!pause.isEmpty()) {
            consumer.pause(pause);
        }
        if (!resume.isEmpty()) {
            consumer.resume(resume);
        }
    }

    /** True once every partition's history has been read and released. */
    boolean finished() {
        return merge.finished();
    }

    /** Resumes every partition and returns the live events read meanwhile, in the order they were polled. */
    List<LoggedEvent> finish() {
        consumer.resume(paused);
        paused.clear();
        return live;
    }

    /** History events handed out so far. */
    long released() {
        return released;
    }

    /** Partitions of this replay. */
    Set<TopicPartition> partitions() {
        return ends.keySet();
    }

    /** The most history events buffered at once. */
    int maxBuffered() {
        return merge.maxBuffered();
    }
}
