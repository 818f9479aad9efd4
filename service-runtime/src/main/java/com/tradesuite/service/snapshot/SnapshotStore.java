package com.tradesuite.service.snapshot;

import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.Callback;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

import com.tradesuite.schemas.topic.SymbolPartitioner;

/**
 * The compacted {@code snapshots} topic: writes a value per key (the producer's key hash picks the partition), and
 * reads the newest value of given keys by reading their partitions to the end (compaction keeps that short).
 */
public final class SnapshotStore implements AutoCloseable {

    /** Larger than Kafka's 1 MB default: the topic accepts 16 MB values. */
    static final int MAX_VALUE_BYTES = 16 * 1024 * 1024;

    private final String topic;
    private final KafkaProducer<String, byte[]> producer;
    private final KafkaConsumer<String, byte[]> reader;

    public SnapshotStore(String bootstrapServers, String clientId, String topic) {
        this.topic = topic;
        Properties producerProps = new Properties();
        producerProps.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        producerProps.put(ProducerConfig.CLIENT_ID_CONFIG, clientId + "-snapshots");
        producerProps.put(ProducerConfig.ACKS_CONFIG, "all");
        producerProps.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        producerProps.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, MAX_VALUE_BYTES);
        producerProps.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 30_000);
        producerProps.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000);
        // send() runs on the log thread: never let missing metadata or a full buffer hold it for long
        producerProps.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 5_000);
        this.producer = new KafkaProducer<>(producerProps, new StringSerializer(), new ByteArraySerializer());
        Properties readerProps = new Properties();
        readerProps.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        readerProps.put(ConsumerConfig.CLIENT_ID_CONFIG, clientId + "-snapshot-reader");
        readerProps.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        readerProps.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        readerProps.put(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, MAX_VALUE_BYTES);
        readerProps.put(ConsumerConfig.FETCH_MAX_BYTES_CONFIG, MAX_VALUE_BYTES);
        this.reader = new KafkaConsumer<>(readerProps, new StringDeserializer(), new ByteArrayDeserializer());
    }

    /** Sends one snapshot; {@code done} hears the outcome on the producer's thread. */
    public Future<RecordMetadata> write(String key, byte[] value, Callback done) {
        return producer.send(new ProducerRecord<>(topic, key, value), done);
    }

    /** The newest value of each key that has one (a key without a snapshot, or deleted, is absent). */
    public Map<String, byte[]> readNewest(Collection<String> keys, Duration timeout) {
        int partitions = reader.partitionsFor(topic, timeout).size();
        Set<TopicPartition> wanted = keys.stream()
                .map(key -> new TopicPartition(topic, SymbolPartitioner.partitionOf(key, partitions)))
                .collect(Collectors.toSet());
        Set<String> keysWanted = new HashSet<>(keys);
        Map<String, byte[]> newest = new HashMap<>();
        reader.assign(wanted);
        reader.seekToBeginning(wanted);
        Map<TopicPartition, Long> ends = reader.endOffsets(wanted, timeout);
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!readToEnd(ends)) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("reading " + topic + " " + wanted + " to " + ends + " took over "
                        + timeout);
            }
            for (ConsumerRecord<String, byte[]> record : reader.poll(Duration.ofMillis(200))) {
                if (!keysWanted.contains(record.key())) {
                    continue;
                }
                if (record.value() == null) {
                    newest.remove(record.key());
                } else {
                    newest.put(record.key(), record.value());
                }
            }
        }
        reader.assign(List.of());
        return newest;
    }

    private boolean readToEnd(Map<TopicPartition, Long> ends) {
        for (Map.Entry<TopicPartition, Long> end : ends.entrySet()) {
            if (reader.position(end.getKey()) < end.getValue()) {
                return false;
            }
        }
        return true;
    }

    /** Waits (bounded by the producer's delivery timeout) until every snapshot sent so far has its answer. */
    public void flush() {
        producer.flush();
    }

    @Override
    public void close() {
        producer.close(Duration.ofSeconds(5));
        reader.close(Duration.ofSeconds(2));
    }
}
