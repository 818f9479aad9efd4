package com.tradesuite.schemas.log;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.function.Function;

import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;

class AppendTimeMergeTest {

    private static final List<String> TOPICS = List.of("orders", "fills", "signals");
    private static final int PARTITIONS = 3;
    private static final int BOUND = 8;
    private static final int BATCH = 5;

    @Test
    void yieldsTheFullSortOrderForRandomInterleavingsWhileHoldingOnlyTheBound() {
        for (long seed = 1; seed <= 200; seed++) {
            // given: a history on 3 topics x 3 partitions, append times that never decrease within a partition
            // and often tie across partitions, far longer than the bound
            Random random = new Random(seed);
            Map<TopicPartition, ArrayDeque<LogPosition>> history = history(random, 40 + random.nextInt(80));
            List<LogPosition> fullSort = new ArrayList<>();
            history.values().forEach(fullSort::addAll);
            fullSort.sort(LogPosition.REPLAY_ORDER);
            AppendTimeMerge<LogPosition> merge = new AppendTimeMerge<>(history.keySet(), BOUND, Function.identity());

            // when: batches arrive for random partitions the merge does not call full, as polls would bring them
            List<LogPosition> merged = new ArrayList<>();
            while (!merge.finished()) {
                List<TopicPartition> readable = history.keySet().stream()
                        .filter(partition -> !history.get(partition).isEmpty() && !merge.full(partition)).toList();
                if (!readable.isEmpty()) {
                    TopicPartition partition = readable.get(random.nextInt(readable.size()));
                    ArrayDeque<LogPosition> left = history.get(partition);
                    for (int i = 1 + random.nextInt(BATCH); i > 0 && !left.isEmpty(); i--) {
                        merge.add(left.removeFirst());
                    }
                }
                history.forEach((partition, left) -> {
                    if (left.isEmpty()) {
                        merge.exhausted(partition);
                    }
                });
                for (Optional<LogPosition> next = merge.next(); next.isPresent(); next = merge.next()) {
                    merged.add(next.get());
                }
            }

            // then: the order of a full sort, never more than the bound (plus the last batch) per partition
            assertThat(merged).as("seed %d", seed).containsExactlyElementsOf(fullSort);
            assertThat(merge.maxBuffered()).as("seed %d", seed)
                    .isLessThanOrEqualTo(history.size() * (BOUND - 1 + BATCH))
                    .isLessThan(fullSort.size());
        }
    }

    @Test
    void holdsBackWhileAnOpenPartitionHasNothingBuffered() {
        // given: two partitions, only the later one has brought a record so far
        TopicPartition early = new TopicPartition("orders", 0);
        TopicPartition late = new TopicPartition("orders", 1);
        AppendTimeMerge<LogPosition> merge = new AppendTimeMerge<>(List.of(early, late), BOUND, Function.identity());
        merge.add(new LogPosition("orders", 1, 0, 200));

        // when / then: nothing is released until the other partition brings its record or is exhausted
        assertThat(merge.next()).isEmpty();
        merge.add(new LogPosition("orders", 0, 0, 100));
        assertThat(merge.next()).contains(new LogPosition("orders", 0, 0, 100));
        assertThat(merge.next()).isEmpty();
        merge.exhausted(early);
        assertThat(merge.next()).contains(new LogPosition("orders", 1, 0, 200));
        assertThat(merge.finished()).isFalse();
        merge.exhausted(late);
        assertThat(merge.finished()).isTrue();
    }

    @Test
    void saysFullAtTheBoundAndRefusesRecordsOfPartitionsItDoesNotMerge() {
        // given
        TopicPartition partition = new TopicPartition("fills", 2);
        AppendTimeMerge<LogPosition> merge = new AppendTimeMerge<>(List.of(partition), 2, Function.identity());

        // when
        merge.add(new LogPosition("fills", 2, 0, 1));
        boolean fullAtOne = merge.full(partition);
        merge.add(new LogPosition("fills", 2, 1, 1));

        // then
        assertThat(fullAtOne).isFalse();
        assertThat(merge.full(partition)).isTrue();
        assertThatThrownBy(() -> merge.add(new LogPosition("fills", 3, 0, 1)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("fills-3");
        merge.exhausted(partition);
        assertThatThrownBy(() -> merge.add(new LogPosition("fills", 2, 2, 1)))
                .isInstanceOf(IllegalStateException.class);
    }

    private static Map<TopicPartition, ArrayDeque<LogPosition>> history(Random random, int perPartition) {
        Map<TopicPartition, ArrayDeque<LogPosition>> history = new HashMap<>();
        for (String topic : TOPICS) {
            for (int partition = 0; partition < PARTITIONS; partition++) {
                ArrayDeque<LogPosition> records = new ArrayDeque<>();
                long timestamp = 1_000;
                int count = perPartition / 2 + random.nextInt(perPartition / 2 + 1);
                for (long offset = 0; offset < count; offset++) {
                    timestamp += random.nextInt(3);
                    records.add(new LogPosition(topic, partition, offset, timestamp));
                }
                history.put(new TopicPartition(topic, partition), records);
            }
        }
        return history;
    }
}
