package com.tradesuite.service.log;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.IntFunction;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

import com.tradesuite.schemas.event.Event;
import com.tradesuite.schemas.event.EventEnvelope;
import com.tradesuite.schemas.topic.Topic;

import io.micrometer.core.instrument.Metrics;

/**
 * Appends events to the log, keyed by symbol, and returns only once Kafka has them (acks=all, idempotent), so an
 * intent is durable before the broker call it announces. Each acknowledged append counts in
 * {@code tradesuite_events_published_total{topic=...,type=...}}.
 */
public final class EventPublisher implements EventLog, EveryPartitionLog, AutoCloseable {

    static final String PUBLISHED = "tradesuite.events.published";

    private final KafkaProducer<String, byte[]> producer;
    private final Duration timeout;
    private final OwnWrites ownWrites;

    public EventPublisher(String bootstrapServers, String clientId, Duration timeout) {
        this(bootstrapServers, clientId, timeout, OwnWrites.none());
    }

    /** A publisher whose appends to the topics {@code ownWrites} tracks are recognised when they come back. */
    public EventPublisher(String bootstrapServers, String clientId, Duration timeout, OwnWrites ownWrites) {
        this.producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.CLIENT_ID_CONFIG, clientId,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.LINGER_MS_CONFIG, 0),
                new StringSerializer(), new ByteArraySerializer());
        this.timeout = timeout;
        this.ownWrites = ownWrites;
    }

    @Override
    public <E extends Event> void append(Topic<E> topic, EventEnvelope<? extends E> envelope) {
        publish(topic, envelope);
    }

    /** The appends of this publisher still awaited back from the log. */
    public OwnWrites ownWrites() {
        return ownWrites;
    }

    /** Appends one event and waits for the broker's acknowledgement. */
    public <E extends Event> RecordMetadata publish(Topic<E> topic, EventEnvelope<? extends E> envelope) {
        return send(topic, envelope, null);
    }

    private <E extends Event> RecordMetadata send(Topic<E> topic, EventEnvelope<? extends E> envelope,
                                                  Integer partition) {
        byte[] value = topic.codec().encode(envelope);
        ownWrites.appending(topic.name(), envelope);
        try {
            RecordMetadata written = producer.send(new ProducerRecord<>(topic.name(), partition, envelope.symbol(), value))
                    .get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            // Counted only once acknowledged: a failed append never happened as far as the log is concerned.
            Metrics.counter(PUBLISHED, "topic", topic.name(), "type", envelope.type()).increment();
            return written;
        } catch (ExecutionException | TimeoutException e) {
            ownWrites.notAppended(topic.name(), envelope);
            throw new EventLogUnavailableException("could not append " + envelope.type() + " for "
                    + envelope.symbol() + " to " + topic.name() + ": " + e, e);
        } catch (InterruptedException e) {
            ownWrites.notAppended(topic.name(), envelope);
            Thread.currentThread().interrupt();
            throw new EventLogUnavailableException("interrupted while appending to " + topic.name(), e);
        }
    }

    /**
     * Appends one envelope per partition of {@code topic} (explicit partition, so the key does not choose it) and
     * waits for each; for account-wide facts every owner of any partition must fold (ADR 0005). Throws
     * {@link EventLogUnavailableException} at the first partition that does not take its copy (the earlier copies
     * stay: the fold ignores a change it already holds, so the caller may simply append the same change again).
     *
     * @param copyFor the envelope for a partition number
     * @return the number of partitions written
     */
    @Override
    public <E extends Event> int appendToEveryPartition(Topic<E> topic,
                                                        IntFunction<EventEnvelope<? extends E>> copyFor) {
        int partitions;
        try {
            partitions = producer.partitionsFor(topic.name()).size();
        } catch (RuntimeException e) {
            throw new EventLogUnavailableException("could not read the partitions of " + topic.name() + ": " + e, e);
        }
        for (int partition = 0; partition < partitions; partition++) {
            EventEnvelope<? extends E> envelope = copyFor.apply(partition);
            send(topic, envelope, partition);
        }
        return partitions;
    }

    @Override
    public void close() {
        producer.close(Duration.ofSeconds(5));
    }
}
