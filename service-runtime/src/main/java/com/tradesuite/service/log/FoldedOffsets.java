package com.tradesuite.service.log;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.kafka.common.TopicPartition;

/** Per partition, the offset of the last event handed to the service: how far its state has folded the log. */
final class FoldedOffsets {

    private final Map<TopicPartition, Long> offsets = new ConcurrentHashMap<>();

    void folded(LoggedEvent event) {
        offsets.put(new TopicPartition(event.topic(), event.partition()), event.offset());
    }

    /** The state was restored from a snapshot that covers this partition up to {@code offset}. */
    void restored(TopicPartition partition, long offset) {
        offsets.put(partition, offset);
    }

    void clear() {
        offsets.clear();
    }

    /** topic, then partition, to offset, both sorted: a stable view for {@code GET /state}. */
    Map<String, Map<Integer, Long>> snapshot() {
        Map<String, Map<Integer, Long>> view = new TreeMap<>();
        offsets.forEach((partition, offset) -> view.computeIfAbsent(partition.topic(), topic -> new TreeMap<>())
                .put(partition.partition(), offset));
        return view;
    }
}
