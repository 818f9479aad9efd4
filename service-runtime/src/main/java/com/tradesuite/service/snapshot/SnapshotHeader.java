package com.tradesuite.service.snapshot;

import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.apache.kafka.common.TopicPartition;

/**
 * What a snapshot covers: the fold version that wrote it, the partition count of the topics then, the partition,
 * and per input topic the offset of the first event NOT folded into it (where the tail starts).
 */
public record SnapshotHeader(int foldVersion, int partitionCount, int partition, Map<String, Long> nextOffsets) {

    public SnapshotHeader {
        nextOffsets = Collections.unmodifiableMap(new TreeMap<>(nextOffsets));
    }

    /**
     * Where the tail of each input topic-partition starts, if this snapshot can seed {@code partition} of a fold of
     * version {@code foldVersion} over {@code inputs}, whose topics have {@code partitionCount} partitions and end at
     * {@code ends}.
     *
     * @throws UnusableSnapshotException naming why not: the partition then replays in full
     */
    public Map<TopicPartition, Long> tailStarts(int foldVersion, int partition, Collection<String> inputs,
                                                int partitionCount, Map<TopicPartition, Long> ends)
            throws UnusableSnapshotException {
        if (this.foldVersion != foldVersion) {
            throw new UnusableSnapshotException("fold_version", "written by fold version " + this.foldVersion
                    + ", this code folds version " + foldVersion);
        }
        if (this.partitionCount != partitionCount) {
            throw new UnusableSnapshotException("partition_count", "written with " + this.partitionCount
                    + " partitions, the topics have " + partitionCount);
        }
        if (this.partition != partition) {
            throw new UnusableSnapshotException("corrupt", "holds partition " + this.partition);
        }
        if (!nextOffsets.keySet().equals(Set.copyOf(inputs))) {
            throw new UnusableSnapshotException("inputs_changed", "covers " + nextOffsets.keySet()
                    + ", the service reads " + inputs);
        }
        Map<TopicPartition, Long> covered = new HashMap<>();
        for (Map.Entry<String, Long> offset : nextOffsets.entrySet()) {
            TopicPartition topicPartition = new TopicPartition(offset.getKey(), partition);
            long end = ends.getOrDefault(topicPartition, 0L);
            if (offset.getValue() > end) {
                throw new UnusableSnapshotException("offsets_beyond_log", topicPartition + " covered up to "
                        + offset.getValue() + " but the log ends at " + end);
            }
            covered.put(topicPartition, offset.getValue());
        }
        return covered;
    }

    /** The key of a service's snapshot of one partition on {@code snapshots}. */
    public static String key(String service, int partition) {
        return service + ":" + partition;
    }
}
