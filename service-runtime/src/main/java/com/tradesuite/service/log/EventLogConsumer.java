package com.tradesuite.service.log;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.RangeAssignor;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.jboss.logging.Logger;

import com.tradesuite.schemas.event.Event;

import io.micrometer.core.instrument.Metrics;
import io.micrometer.core.instrument.binder.kafka.KafkaClientMetrics;
import com.tradesuite.schemas.serde.DeadLetters;
import com.tradesuite.schemas.serde.DecodeResult;
import com.tradesuite.schemas.topic.Topic;
import com.tradesuite.schemas.topic.TopicCatalog;

/**
 * Rebuilds a service's state from the log, then keeps it current: on every partition assignment it reads the
 * assigned partitions from the beginning up to their end offsets (replay, no side effects), then delivers live
 * events. Offsets are never committed: the log, not a bookmark, is the state.
 *
 * <p>Replayed events of all input topics are delivered in log-append-time order, so the fold does not depend on
 * how polls interleave topics. Invalid records go to {@code dead-letter} with the reason and are skipped.
 */
public final class EventLogConsumer implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(EventLogConsumer.class);

    private final KafkaConsumer<String, byte[]> consumer;
    private final Map<String, Topic<?>> topics;
    private final LogHandler handler;
    private final EventPublisher publisher;
    private final String source;
    private final Clock clock;
    private final Thread thread;

    private final Map<TopicPartition, Long> replayEnds = new HashMap<>();
    private final List<LoggedEvent> replayBuffer = new ArrayList<>();
    private final List<LoggedEvent> liveBuffer = new ArrayList<>();
    private final AtomicLong replayed = new AtomicLong();
    private volatile Set<Integer> ownedPartitions = Set.of();
    private volatile boolean assignedOnce;
    private volatile boolean replaying;
    private volatile boolean running = true;

    /** Kafka's default: an instance that stops heart-beating loses its partitions after 45 s. */
    public static final Duration DEFAULT_SESSION_TIMEOUT = Duration.ofSeconds(45);

    public EventLogConsumer(String bootstrapServers, String groupId, String source, Collection<Topic<?>> inputs,
                            LogHandler handler, EventPublisher publisher, Clock clock) {
        this(bootstrapServers, groupId, source, inputs, handler, publisher, clock, DEFAULT_SESSION_TIMEOUT);
    }

    /**
     * @param sessionTimeout how long a silent (crashed) instance keeps its partitions before the group hands them
     *     to the others; a clean shutdown hands them over at once
     */
    public EventLogConsumer(String bootstrapServers, String groupId, String source, Collection<Topic<?>> inputs,
                            LogHandler handler, EventPublisher publisher, Clock clock, Duration sessionTimeout) {
        Properties props = new Properties();
        props.put(ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG, (int) sessionTimeout.toMillis());
        props.put(ConsumerConfig.HEARTBEAT_INTERVAL_MS_CONFIG, (int) Math.max(500, sessionTimeout.toMillis() / 5));
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ConsumerConfig.GROUP_ID_CONFIG, groupId);
        props.put(ConsumerConfig.CLIENT_ID_CONFIG, source);
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        // Range assignment over co-partitioned topics gives one instance the same partition of every topic.
        props.put(ConsumerConfig.PARTITION_ASSIGNMENT_STRATEGY_CONFIG, RangeAssignor.class.getName());
        props.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 2000);
        this.consumer = new KafkaConsumer<>(props, new StringDeserializer(), new ByteArrayDeserializer());
        this.topics = inputs.stream().collect(Collectors.toMap(Topic::name, topic -> topic));
        this.handler = handler;
        this.publisher = publisher;
        this.source = source;
        this.clock = clock;
        // Consumer lag and fetch rates appear as kafka_consumer_* metrics at /q/metrics.
        new KafkaClientMetrics(consumer).bindTo(Metrics.globalRegistry);
        Metrics.gauge("tradesuite.replay.events", replayed);
        Metrics.gauge("tradesuite.partitions.owned", this, owner -> owner.ownedPartitions.size());
        this.thread = new Thread(this::run, source + "-event-log");
        this.thread.setDaemon(true);
    }

    public void start() {
        thread.start();
    }

    /** True once the assigned partitions' history has been folded and live events are flowing. */
    public boolean ready() {
        return assignedOnce && !replaying;
    }

    /** The partition numbers whose symbols this instance owns (rebuilt and live); empty while rebalancing. */
    public Set<Integer> ownedPartitions() {
        return ownedPartitions;
    }

    /** Events folded from history so far (for progress reporting). */
    public long replayedEvents() {
        return replayed.get();
    }

    private void run() {
        try {
            consumer.subscribe(topics.keySet(), new ReplayOnAssignment());
            while (running) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    accept(record);
                }
                finishReplayIfCaughtUp();
            }
        } catch (WakeupException e) {
            // close() asked us to stop.
        } catch (RuntimeException e) {
            LOG.errorf(e, "%s: event log consumer stopped: %s", source, e.getMessage());
        } finally {
            consumer.close(Duration.ofSeconds(5));
        }
    }

    private void accept(ConsumerRecord<String, byte[]> record) {
        Topic<?> topic = topics.get(record.topic());
        DecodeResult<? extends Event> result = topic.codec().decode(record.value());
        if (result instanceof DecodeResult.Invalid<? extends Event> invalid) {
            deadLetter(record, invalid);
            return;
        }
        TopicPartition partition = new TopicPartition(record.topic(), record.partition());
        Long replayEnd = replayEnds.get(partition);
        boolean history = replayEnd != null && record.offset() < replayEnd;
        LoggedEvent event = new LoggedEvent(record.topic(), record.partition(), record.offset(), record.timestamp(),
                ((DecodeResult.Valid<? extends Event>) result).envelope(), history);
        if (history) {
            replayBuffer.add(event);
        } else if (replaying) {
            liveBuffer.add(event);
        } else {
            deliver(event);
        }
    }

    private void finishReplayIfCaughtUp() {
        if (!replaying) {
            return;
        }
        replayEnds.entrySet().removeIf(entry -> consumer.position(entry.getKey()) >= entry.getValue());
        if (!replayEnds.isEmpty()) {
            return;
        }
        // The broker's append time orders events across topics the way they were written.
        replayBuffer.sort(Comparator.comparingLong(LoggedEvent::timestamp)
                .thenComparing(LoggedEvent::topic).thenComparingLong(LoggedEvent::offset));
        Set<Integer> partitions = new HashSet<>();
        for (LoggedEvent event : replayBuffer) {
            deliver(event);
            partitions.add(event.partition());
            replayed.incrementAndGet();
        }
        consumer.assignment().forEach(tp -> partitions.add(tp.partition()));
        LOG.infof("%s: state rebuilt from %d logged events on partitions %s", source, replayBuffer.size(),
                partitions);
        replayBuffer.clear();
        replaying = false;
        ownedPartitions = Set.copyOf(partitions);
        handler.onReplayCompleted(partitions);
        liveBuffer.forEach(this::deliver);
        liveBuffer.clear();
    }

    private void deliver(LoggedEvent event) {
        try {
            handler.onEvent(event);
        } catch (RuntimeException e) {
            // One bad decision must not stop the service from seeing later events.
            LOG.errorf(e, "%s: handling %s %s from %s-%d@%d failed: %s", source, event.envelope().type(),
                    event.envelope().eventId(), event.topic(), event.partition(), event.offset(), e.getMessage());
        }
    }

    private void deadLetter(ConsumerRecord<String, byte[]> record, DecodeResult.Invalid<? extends Event> invalid) {
        LOG.warnf("%s: invalid record %s-%d@%d sent to dead-letter: %s", source, record.topic(), record.partition(),
                record.offset(), invalid.error().reason());
        byte[] key = record.key() == null ? null : record.key().getBytes(StandardCharsets.UTF_8);
        publisher.publish(TopicCatalog.DEAD_LETTER, DeadLetters.of(record.topic(), record.partition(),
                record.offset(), key, record.value(), invalid.error(), source, clock.instant()));
    }

    @Override
    public void close() {
        running = false;
        consumer.wakeup();
        try {
            thread.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Every assignment starts a replay of the assigned partitions from the beginning. */
    private final class ReplayOnAssignment implements ConsumerRebalanceListener {

        @Override
        public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
            if (partitions.isEmpty()) {
                assignedOnce = true;
                return;
            }
            consumer.seekToBeginning(partitions);
            replayEnds.putAll(consumer.endOffsets(partitions));
            replaying = true;
            assignedOnce = true;
        }

        @Override
        public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
            // Eager (range) rebalancing revokes everything and assigns anew, so state is rebuilt from scratch.
            ownedPartitions = Set.of();
            replayEnds.clear();
            replayBuffer.clear();
            liveBuffer.clear();
            if (!partitions.isEmpty()) {
                handler.onStateReset();
            }
        }
    }
}
