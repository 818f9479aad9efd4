package com.tradesuite.localstack.pacing;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

import com.tradesuite.domain.order.OrderBook;
import com.tradesuite.schemas.event.Event;
import com.tradesuite.schemas.event.OrderFilled;
import com.tradesuite.schemas.serde.DecodeResult;
import com.tradesuite.schemas.topic.TopicCatalog;

/**
 * Intents in flight on the log: {@code orders} and {@code fills} folded through the suite's own order fold
 * ({@link OrderBook}), counting orders whose intent, cancel or replace the broker has not answered on the log yet.
 * Fills also settle {@link UnloggedExecutions}. The fold keeps only live orders, so memory does not grow with the log.
 */
final class OpenIntents implements AutoCloseable {

    private static final Duration POLL = Duration.ofMillis(20);
    private static final Duration CATCH_UP_LIMIT = Duration.ofSeconds(10);

    private final KafkaConsumer<String, byte[]> consumer;
    private final UnloggedExecutions executions;
    private OrderBook book = OrderBook.empty();
    private boolean assigned;

    OpenIntents(String bootstrapServers, UnloggedExecutions executions) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ConsumerConfig.CLIENT_ID_CONFIG, "local-stack-lockstep");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, 10);
        this.consumer = new KafkaConsumer<>(props, new StringDeserializer(), new ByteArrayDeserializer());
        this.executions = executions;
    }

    /** Reads {@code orders} and {@code fills} up to the given end offsets (their partitions among the keys). */
    void catchUp(Map<TopicPartition, Long> endOffsets) {
        List<TopicPartition> partitions = endOffsets.keySet().stream()
                .filter(p -> p.topic().equals(TopicCatalog.ORDERS.name()) || p.topic().equals(TopicCatalog.FILLS.name()))
                .toList();
        if (!assigned) {
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            assigned = true;
        }
        long deadline = System.nanoTime() + CATCH_UP_LIMIT.toNanos();
        while (partitions.stream().anyMatch(p -> consumer.position(p) < endOffsets.get(p))) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("could not read orders and fills up to " + endOffsets + " in "
                        + CATCH_UP_LIMIT.toSeconds() + " s");
            }
            for (ConsumerRecord<String, byte[]> record : consumer.poll(POLL)) {
                fold(record);
            }
        }
    }

    /** Orders with an intent, cancel or replace in flight, as far as the log has been read. */
    int count() {
        return (int) book.openOrders().stream().filter(order -> order.status().isInFlight()).count();
    }

    private void fold(ConsumerRecord<String, byte[]> record) {
        DecodeResult<? extends Event> result = record.topic().equals(TopicCatalog.ORDERS.name())
                ? TopicCatalog.ORDERS.codec().decode(record.value())
                : TopicCatalog.FILLS.codec().decode(record.value());
        if (result instanceof DecodeResult.Valid<? extends Event> valid) {
            book = book.apply(valid.envelope());
            if (valid.envelope().payload() instanceof OrderFilled fill) {
                executions.logged(fill);
            }
        }
    }

    @Override
    public void close() {
        consumer.close(Duration.ofSeconds(5));
    }
}
