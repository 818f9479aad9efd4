package com.tradesuite.schemas.log;

import java.util.ArrayDeque;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.apache.kafka.common.TopicPartition;

/**
 * Merges the partitions of a replay into {@link LogPosition#REPLAY_ORDER} while holding only a few records each: a
 * record is released once every partition that may still bring an earlier one has a record buffered.
 *
 * <p>Each partition's records must be added in offset order; with append-time topics (timestamps never decrease
 * within a partition) the result equals a full sort of the history. The caller stops reading a partition while
 * {@link #full} says so (Kafka: {@code pause}), so a partition holds at most {@code bound - 1} records plus the
 * last batch read for it, however long the log.
 *
 * @param <R> the record type; {@code positionOf} says where each sits
 */
public final class AppendTimeMerge<R> {

    private final int bound;
    private final Function<R, LogPosition> positionOf;
    private final Map<TopicPartition, ArrayDeque<Buffered<R>>> buffers = new HashMap<>();
    private final Set<TopicPartition> open = new HashSet<>();
    private int buffered;
    private int maxBuffered;

    /**
     * @param partitions the partitions to merge; each stays open (may still bring records) until {@link #exhausted}
     * @param bound records buffered per partition at which {@link #full} asks the caller to stop reading it
     */
    public AppendTimeMerge(Collection<TopicPartition> partitions, int bound, Function<R, LogPosition> positionOf) {
        if (bound < 1) {
            throw new IllegalArgumentException("bound must be positive, got " + bound);
        }
        this.bound = bound;
        this.positionOf = positionOf;
        for (TopicPartition partition : partitions) {
            buffers.put(partition, new ArrayDeque<>());
            open.add(partition);
        }
    }

    /** Buffers the next record of its partition. */
    public void add(R record) {
        LogPosition position = positionOf.apply(record);
        TopicPartition partition = new TopicPartition(position.topic(), position.partition());
        if (!open.contains(partition)) {
            throw new IllegalStateException(partition + " is not an open partition of this merge");
        }
        buffers.get(partition).addLast(new Buffered<>(position, record));
        buffered++;
        maxBuffered = Math.max(maxBuffered, buffered);
    }

    /** The partition brings no more records: its buffered ones no longer wait for anything. */
    public void exhausted(TopicPartition partition) {
        open.remove(partition);
    }

    /** The record with the smallest position, if no open partition could still bring a smaller one. */
    public Optional<R> next() {
        Buffered<R> smallest = null;
        ArrayDeque<Buffered<R>> from = null;
        for (Map.Entry<TopicPartition, ArrayDeque<Buffered<R>>> entry : buffers.entrySet()) {
            Buffered<R> head = entry.getValue().peekFirst();
            if (head == null) {
                if (open.contains(entry.getKey())) {
                    return Optional.empty();
                }
            } else if (smallest == null || head.position().compareTo(smallest.position()) < 0) {
                smallest = head;
                from = entry.getValue();
            }
        }
        if (from == null) {
            return Optional.empty();
        }
        from.removeFirst();
        buffered--;
        return Optional.of(smallest.record());
    }

    /** True while the partition holds {@code bound} or more records: read it no further for now. */
    public boolean full(TopicPartition partition) {
        ArrayDeque<Buffered<R>> buffer = buffers.get(partition);
        return buffer != null && buffer.size() >= bound;
    }

    /** True when every partition is exhausted and every record has been released. */
    public boolean finished() {
        return open.isEmpty() && buffered == 0;
    }

    /** Records buffered now, over all partitions. */
    public int buffered() {
        return buffered;
    }

    /** The most records ever buffered at once. */
    public int maxBuffered() {
        return maxBuffered;
    }

    private record Buffered<R>(LogPosition position, R record) {
    }
}
