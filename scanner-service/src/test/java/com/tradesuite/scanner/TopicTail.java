package com.tradesuite.scanner;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;

import com.tradesuite.kafka.embedded.SharedKafkaBroker;
import com.tradesuite.schemas.event.Event;
import com.tradesuite.schemas.event.EventEnvelope;
import com.tradesuite.schemas.kafka.TopicSerdes;
import com.tradesuite.schemas.serde.DecodeResult;
import com.tradesuite.schemas.topic.Topic;

/** Reads a whole topic from the beginning with a plain consumer and keeps everything it has seen, in log order. */
final class TopicTail<E extends Event> implements AutoCloseable {

    private final KafkaConsumer<String, DecodeResult<E>> consumer;
    private final List<EventEnvelope<E>> seen = new ArrayList<>();

    TopicTail(Topic<E> topic) {
        consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, SharedKafkaBroker.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "tail-" + UUID.randomUUID(),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false),
                TopicSerdes.keyDeserializer(topic), TopicSerdes.valueDeserializer(topic));
        List<TopicPartition> partitions = consumer.partitionsFor(topic.name()).stream()
                .map(info -> new TopicPartition(topic.name(), info.partition())).toList();
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
    }

    /** Everything read so far, after one more poll. */
    List<EventEnvelope<E>> poll() {
        consumer.poll(Duration.ofMillis(200)).forEach(record -> {
            if (record.value() instanceof DecodeResult.Valid<E> valid) {
                seen.add(valid.envelope());
            }
        });
        return List.copyOf(seen);
    }

    @Override
    public void close() {
        consumer.close();
    }
}
