package com.tradesuite.service.snapshot;

import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.ToLongFunction;

import org.apache.kafka.common.TopicPartition;
import org.jboss.logging.Logger;

import io.micrometer.core.instrument.Metrics;

/**
 * Snapshots a service's folded state per partition and restores it: a usable snapshot (same fold version and
 * partition count, intact bytes, allowed classes, offsets inside the log) lets the partition replay only its tail;
 * anything else falls back to a full replay, logged and counted with the reason. A failed write is logged and
 * counted, never thrown: the state can always be rebuilt from the log. Called on the log thread only.
 */
public final class SnapshotKeeper implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(SnapshotKeeper.class);
    static final String WRITES = "tradesuite.snapshot.writes";
    static final String RESTORES = "tradesuite.snapshot.restores";
    private static final Duration READ_TIMEOUT = Duration.ofSeconds(30);

    private final String service;
    private final PartitionSnapshots state;
    private final SnapshotStore store;
    private final SnapshotSettings settings;
    private final Clock clock;
    private final AtomicLong written = new AtomicLong();
    private final AtomicLong writeFailures = new AtomicLong();
    private final AtomicLong restored = new AtomicLong();
    private final AtomicLong fullReplays = new AtomicLong();
    private long foldedSinceWrite;
    private Instant lastWrite;

    public SnapshotKeeper(String service, PartitionSnapshots state, SnapshotStore store, SnapshotSettings settings,
                          Clock clock) {
        this.service = service;
        this.state = state;
        this.store = store;
        this.settings = settings;
        this.clock = clock;
        this.lastWrite = clock.instant();
    }

    /**
     * Restores the newest usable snapshot of each partition into the (reset) state.
     *
     * @param ends the end offset of every assigned input topic-partition
     * @param resetState forgets all state (when restoring a slice fails halfway, everything is replayed)
     * @return where each restored topic-partition's tail starts; a topic-partition not in it replays from the start
     */
    public Map<TopicPartition, Long> restore(Set<Integer> partitions, Collection<String> inputs, int partitionCount,
                                             Map<TopicPartition, Long> ends, Runnable resetState) {
        Map<Integer, String> keys = new LinkedHashMap<>();
        new TreeSet<>(partitions).forEach(partition -> keys.put(partition, SnapshotHeader.key(service, partition)));
        Map<String, byte[]> newest;
        try {
            newest = store.readNewest(keys.values(), READ_TIMEOUT);
        } catch (RuntimeException e) {
            keys.keySet().forEach(partition -> fullReplay(partition, "read_failed", e.toString()));
            return Map.of();
        }
        Map<TopicPartition, Long> starts = new HashMap<>();
        Map<Integer, Serializable> slices = new LinkedHashMap<>();
        for (Map.Entry<Integer, String> key : keys.entrySet()) {
            int partition = key.getKey();
            byte[] bytes = newest.get(key.getValue());
            if (bytes == null) {
                fullReplay(partition, "absent", "no snapshot yet");
                continue;
            }
            try {
                SnapshotCodec.Decoded decoded = SnapshotCodec.decode(bytes);
                Map<TopicPartition, Long> covered = decoded.header().tailStarts(state.foldVersion(), partition, inputs,
                        partitionCount, ends);
                slices.put(partition, decoded.slice());
                starts.putAll(covered);
            } catch (UnusableSnapshotException e) {
                fullReplay(partition, e.reason(), e.getMessage());
            }
        }
        try {
            slices.forEach(state::restore);
        } catch (RuntimeException e) {
            resetState.run();
            slices.keySet().forEach(partition -> fullReplay(partition, "restore_failed", e.toString()));
            return Map.of();
        }
        slices.keySet().forEach(partition -> {
            restored.incrementAndGet();
            Metrics.counter(RESTORES, "outcome", "restored", "reason", "none").increment();
        });
        if (!slices.isEmpty()) {
            Map<String, Long> from = new TreeMap<>();
            starts.forEach((topicPartition, offset) -> from.put(topicPartition.toString(), offset));
            LOG.infof("%s: state of partitions %s restored from snapshots; replaying their tails from %s", service,
                    slices.keySet(), from);
        }
        return starts;
    }

    private void fullReplay(int partition, String reason, String detail) {
        fullReplays.incrementAndGet();
        Metrics.counter(RESTORES, "outcome", "full_replay", "reason", reason).increment();
        if (reason.equals("absent")) {
            LOG.infof("%s: partition %d replays in full: %s", service, partition, detail);
        } else {
            LOG.warnf("%s: partition %d replays in full, its snapshot is unusable (%s): %s", service, partition,
                    reason, detail);
        }
    }

    /** One more event folded since the last snapshot. */
    public void folded() {
        foldedSinceWrite++;
    }

    /** True when {@code everyEvents} events were folded, or {@code everyInterval} passed with any folded. */
    public boolean due() {
        return foldedSinceWrite >= settings.everyEvents() || (foldedSinceWrite > 0
                && !clock.instant().isBefore(lastWrite.plus(settings.everyInterval())));
    }

    /**
     * Snapshots every partition if anything was folded since the last snapshot; never throws.
     *
     * @param nextOffset the offset of the next event the service has NOT folded, per input topic-partition
     * @param wait true to wait (bounded) until Kafka has them, e.g. before the partitions go to another instance
     */
    public void writeAll(Set<Integer> partitions, Collection<String> inputs, int partitionCount,
                         ToLongFunction<TopicPartition> nextOffset, boolean wait) {
        if (foldedSinceWrite == 0) {
            return;
        }
        foldedSinceWrite = 0;
        lastWrite = clock.instant();
        for (int partition : new TreeSet<>(partitions)) {
            write(partition, inputs, partitionCount, nextOffset);
        }
        if (wait) {
            try {
                store.flush();
            } catch (RuntimeException e) {
                LOG.warnf("%s: waiting for snapshots failed: %s", service, e.toString());
            }
        }
    }

    private void write(int partition, Collection<String> inputs, int partitionCount,
                       ToLongFunction<TopicPartition> nextOffset) {
        String key = SnapshotHeader.key(service, partition);
        try {
            Map<String, Long> offsets = new HashMap<>();
            for (String topic : inputs) {
                offsets.put(topic, nextOffset.applyAsLong(new TopicPartition(topic, partition)));
            }
            byte[] bytes = SnapshotCodec.encode(new SnapshotHeader(state.foldVersion(), partitionCount, partition,
                    offsets), state.slice(partition));
            store.write(key, bytes, (metadata, error) -> {
                if (error == null) {
                    written.incrementAndGet();
                    Metrics.counter(WRITES, "outcome", "written").increment();
                } else {
                    writeFailed(key, error);
                }
            });
        } catch (RuntimeException e) {
            writeFailed(key, e);
        }
    }

    /** A snapshot of {@code what} could not even be attempted: logged and counted like a failed write. */
    public void writeFailed(String what, Throwable error) {
        writeFailures.incrementAndGet();
        Metrics.counter(WRITES, "outcome", "failed").increment();
        LOG.warnf("%s: snapshot %s not written (the log still rebuilds the state): %s", service, what,
                error.toString());
    }

    /** Snapshots Kafka acknowledged so far. */
    public long written() {
        return written.get();
    }

    /** Snapshot writes that failed so far. */
    public long writeFailures() {
        return writeFailures.get();
    }

    /** Partitions restored from a snapshot so far. */
    public long restored() {
        return restored.get();
    }

    /** Partitions that replayed their whole history so far (no usable snapshot). */
    public long fullReplays() {
        return fullReplays.get();
    }

    @Override
    public void close() {
        store.close();
    }
}
