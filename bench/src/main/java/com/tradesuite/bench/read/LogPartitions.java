package com.tradesuite.bench.read;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/** Group-less consumers over every partition of the given topics, and the end check every reader uses. */
final class LogPartitions {

    /** The services' consumer fetches up to 2000 records a poll; the readers here use the same. */
    static final int MAX_POLL_RECORDS = 2000;

    private LogPartitions() {
    }

    static KafkaConsumer<byte[], byte[]> consumer(String bootstrapServers, String clientId) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ConsumerConfig.CLIENT_ID_CONFIG, clientId);
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        props.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, MAX_POLL_RECORDS);
        return new KafkaConsumer<>(props, new ByteArrayDeserializer(), new ByteArrayDeserializer());
    }

    static List<TopicPartition> of(Consumer<?, ?> consumer, Collection<String> topics) {
        List<TopicPartition> partitions = new ArrayList<>();
        for (String topic : topics) {
            for (PartitionInfo info : consumer.partitionsFor(topic)) {
                partitions.add(new TopicPartition(info.topic(), info.partition()));
            }
        }
        return partitions;
    }

    /** Drops the partitions whose position reached their end offset; true when none is left. */
    static boolean reachedEnds(Consumer<?, ?> consumer, Map<TopicPartition, Long> remaining) {
        remaining.entrySet().removeIf(end -> consumer.position(end.getKey()) >= end.getValue());
        return remaining.isEmpty();
    }
}
