package com.tradesuite.service.log;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
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
import com.tradesuite.schemas.event.EventEnvelope;

import io.micrometer.core.instrument.Metrics;
import io.micrometer.core.instrument.binder.kafka.KafkaClientMetrics;
import com.tradesuite.schemas.serde.DeadLetters;
import com.tradesuite.schemas.serde.DecodeResult;
import com.tradesuite.schemas.topic.Topic;
import com.tradesuite.schemas.topic.TopicCatalog;
import com.tradesuite.service.snapshot.SnapshotKeeper;

/**
 * Rebuilds a service's state from the log, then keeps it current: on every partition assignment it reads the
 * assigned partitions from the beginning up to their end offsets (replay, no side effects), then delivers live
 * events. Offsets are never committed: the log, not a bookmark, is the state.
 *
 * <p>Replayed events of all input topics are delivered in log-append-time order (then topic, then offset), so the
 * fold does not depend on how polls interleave topics; the merge holds a bounded number of records per partition,
 * however long the log. Invalid records go to {@code dead-letter} with the reason and are skipped.
 *
 * <p>The loop never dies silently: an exception escaping it, a handler failing on history, in
 * {@link LogHandler#onReplayCompleted} or {@link LogHandler#onStateReset}, or a dead letter that cannot be appended
 * stops it and is kept as {@link #failure()}. A handler failing on a live event is logged and the loop goes on.
 *
 * <p>With a {@link SnapshotKeeper} an assignment first restores each partition's newest usable snapshot and replays
 * only what follows it (the same append-time merge); snapshots are written after a replay, on revoke and every N
 * events or T time, between polls, when every polled event has been folded.
 */
public final class EventLogConsumer implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(EventLogConsumer.class);

    /** Kafka's default: an instance that stops heart-beating loses its partitions after 45 s. */
    public static final Duration DEFAULT_SESSION_TIMEOUT = Duration.ofSeconds(45);

    /** Replayed records buffered per partition before it is paused; also the most records one poll returns. */
    static final int DEFAULT_REPLAY_BOUND = 2000;

    private final KafkaConsumer<String, byte[]> consumer;
    private final Map<String, Topic<?>> topics;
    private final LogHandler handler;
    private static final OwnWrites NO_OWN_WRITES = OwnWrites.none();

    private final EventPublisher publisher;
    private final AppendRetry deadLetterRetry = new AppendRetry(5, Duration.ofMillis(250), Duration.ofSeconds(4));
    private final String source;
    private final Clock clock;
    private final int replayBound;
    private final Thread thread;

    private PartitionReplay replay;
    private volatile int maxReplayBuffered;
    private final FoldedOffsets folded = new FoldedOffsets();
    private final AtomicLong replayed = new AtomicLong();
    private final AtomicLong handled = new AtomicLong();
    private volatile Set<Integer> ownedPartitions = Set.of();
    private volatile boolean assignedOnce;
    private volatile boolean replaying;
    private volatile boolean running = true;
    private volatile String failure;
    private SnapshotKeeper snapshots;

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
        this(bootstrapServers, groupId, source, inputs, handler, publisher, clock, sessionTimeout,
                DEFAULT_REPLAY_BOUND);
    }

    /** @param replayBound replayed records buffered per partition before it is paused (and records per poll) */
    EventLogConsumer(String bootstrapServers, String groupId, String source, Collection<Topic<?>> inputs,
                     LogHandler handler, EventPublisher publisher, Clock clock, Duration sessionTimeout,
                     int replayBound) {
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
        props.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, replayBound);
        this.consumer = new KafkaConsumer<>(props, new StringDeserializer(), new ByteArrayDeserializer());
        this.topics = inputs.stream().collect(Collectors.toMap(Topic::name, topic -> topic));
        this.handler = handler;
        this.publisher = publisher;
        this.source = source;
        this.clock = clock;
        this.replayBound = replayBound;
        // Consumer lag and fetch rates appear as kafka_consumer_* metrics at /q/metrics.
        new KafkaClientMetrics(consumer).bindTo(Metrics.globalRegistry);
        Metrics.gauge("tradesuite.replay.events", replayed);
        Metrics.gauge("tradesuite.partitions.owned", this, owner -> owner.ownedPartitions.size());
        this.thread = new Thread(this::run, source + "-event-log");
        this.thread.setDaemon(true);
    }

    /** Restores and writes per-partition snapshots with {@code keeper} (call before {@link #start()}). */
    public EventLogConsumer snapshotting(SnapshotKeeper keeper) {
        this.snapshots = keeper;
        return this;
    }

    public void start() {
        thread.start();
    }

    /** True once the assigned partitions' history has been folded and live events are flowing. */
    public boolean ready() {
        return assignedOnce && !replaying && failure == null;
    }

    /** The partition numbers whose symbols this instance owns (rebuilt and live); empty while rebalancing. */
    public Set<Integer> ownedPartitions() {
        return ownedPartitions;
    }

    /** Events folded from history so far (for progress reporting). */
    public long replayedEvents() {
        return replayed.get();
    }

    /** Events handed to the service so far, history and live (for progress reporting). */
    public long handledEvents() {
        return handled.get();
    }

    /** Per topic and partition, the offset of the last event handed to the service (sorted). */
    public Map<String, Map<Integer, Long>> foldedOffsets() {
        return folded.snapshot();
    }

    /** Why the loop stopped, when it stopped for anything but {@link #close()}: the state is no longer current. */
    public Optional<String> failure() {
        return Optional.ofNullable(failure);
    }

    /** The most replayed records buffered at once by any replay so far. */
    int maxReplayBuffered() {
        return maxReplayBuffered;
    }

    private void run() {
        try {
            consumer.subscribe(topics.keySet(), new ReplayOnAssignment());
            while (running && failure == null) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    accept(record);
                }
                advanceReplay();
                if (snapshots != null && replay == null && !ownedPartitions.isEmpty() && snapshots.due()) {
                    writeSnapshots(false);
                }
            }
        } catch (WakeupException e) {
            if (running) {
                fail("event log consumer woken up", e);
            }
        } catch (RuntimeException | Error e) {
            if (running) {
                fail("event log consumer stopped", e);
            }
        } finally {
            consumer.close(Duration.ofSeconds(5));
            if (snapshots != null) {
                snapshots.close();
            }
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
        boolean history = replay != null && replay.history(partition, record.offset());
        EventEnvelope<? extends Event> envelope = ((DecodeResult.Valid<? extends Event>) result).envelope();
        boolean ownEcho = !history && ownWrites().isAwaited(envelope.eventId());
        LoggedEvent event = new LoggedEvent(record.topic(), record.partition(), record.offset(), record.timestamp(),
                envelope, history, ownEcho);
        if (replay != null) {
            replay.add(event);
        } else {
            deliver(event);
        }
    }

    private void advanceReplay() {
        if (replay == null) {
            return;
        }
        replay.advance(this::deliverHistory);
        maxReplayBuffered = Math.max(maxReplayBuffered, replay.maxBuffered());
        if (!replay.finished()) {
            return;
        }
        PartitionReplay done = replay;
        replay = null;
        Set<Integer> sorted = new TreeSet<>();
        done.partitions().forEach(partition -> sorted.add(partition.partition()));
        Set<Integer> partitions = Collections.unmodifiableSet(sorted);
        LOG.infof("%s: state rebuilt from %d logged events on partitions %s", source, done.released(), partitions);
        replaying = false;
        ownedPartitions = partitions;
        try {
            handler.onReplayCompleted(partitions);
        } catch (RuntimeException e) {
            throw fail("onReplayCompleted(" + partitions + ") failed", e);
        }
        List<LoggedEvent> live = done.finish();
        live.forEach(this::deliver);
        if (snapshots != null) {
            writeSnapshots(false);
        }
    }

    /** Between polls every polled event is folded, so the consumer's positions are exactly what the state covers. */
    private void writeSnapshots(boolean wait) {
        try {
            snapshots.writeAll(ownedPartitions, topics.keySet(), partitionCount(), consumer::position, wait);
        } catch (RuntimeException e) {
            // A snapshot is an optimisation: the log still rebuilds the state, so the loop goes on.
            snapshots.writeFailed("partitions " + ownedPartitions, e);
        }
    }

    private int partitionCount() {
        return consumer.partitionsFor(topics.keySet().iterator().next()).size();
    }

    private void deliverHistory(LoggedEvent event) {
        try {
            handler.onEvent(event);
        } catch (RuntimeException e) {
            // A fold that fails on history would leave the state silently wrong: stop instead.
            throw fail("folding " + describe(event) + " failed", e);
        }
        folded.folded(event);
        replayed.incrementAndGet();
        handled.incrementAndGet();
        if (snapshots != null) {
            snapshots.folded();
        }
    }

    private void deliver(LoggedEvent event) {
        try {
            handler.onEvent(event);
        } catch (RuntimeException e) {
            // One bad decision must not stop the service from seeing later events.
            LOG.errorf(e, "%s: handling %s failed: %s", source, describe(event), e.getMessage());
        }
        if (event.ownEcho()) {
            // Forgotten only after the handler folded it, so a thread waiting on the symbol sees the fold.
            ownWrites().arrived(event.envelope().eventId());
        }
        folded.folded(event);
        handled.incrementAndGet();
        if (snapshots != null) {
            snapshots.folded();
        }
    }

    private OwnWrites ownWrites() {
        return publisher == null ? NO_OWN_WRITES : publisher.ownWrites();
    }

    private static String describe(LoggedEvent event) {
        return event.envelope().type() + " " + event.envelope().eventId() + " from " + event.topic() + "-"
                + event.partition() + "@" + event.offset();
    }

    private void deadLetter(ConsumerRecord<String, byte[]> record, DecodeResult.Invalid<? extends Event> invalid) {
        LOG.warnf("%s: invalid record %s-%d@%d sent to dead-letter: %s", source, record.topic(), record.partition(),
                record.offset(), invalid.error().reason());
        byte[] key = record.key() == null ? null : record.key().getBytes(StandardCharsets.UTF_8);
        String what = "dead-lettering " + record.topic() + "-" + record.partition() + "@" + record.offset();
        try {
            deadLetterRetry.run(what, () -> publisher.publish(TopicCatalog.DEAD_LETTER, DeadLetters.of(record.topic(),
                    record.partition(), record.offset(), key, record.value(), invalid.error(), source,
                    clock.instant())));
        } catch (RuntimeException e) {
            // Skipping the record without its dead letter would lose it: stop instead.
            throw fail(what + " failed", e);
        }
    }

    /** Keeps the first failure, logs it, and returns it as an exception for the caller to throw. */
    private RuntimeException fail(String what, Throwable cause) {
        if (failure == null) {
            failure = what + ": " + cause.getClass().getSimpleName() + ": " + cause.getMessage();
            LOG.errorf(cause, "%s: event log consumer stopped, state no longer current: %s", source, failure);
        }
        return new IllegalStateException(what, cause);
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
                // More instances than partitions: nothing to rebuild, nothing to own.
                replaying = false;
                assignedOnce = true;
                return;
            }
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            Map<TopicPartition, Long> starts = snapshots == null ? Map.of() : restoreSnapshots(partitions, ends);
            for (TopicPartition partition : partitions) {
                Long start = starts.get(partition);
                if (start == null) {
                    consumer.seekToBeginning(List.of(partition));
                } else {
                    consumer.seek(partition, start);
                    if (start > 0) {
                        folded.restored(partition, start - 1);
                    }
                }
            }
            replay = new PartitionReplay(consumer, ends, replayBound);
            replaying = true;
            assignedOnce = true;
        }

        private Map<TopicPartition, Long> restoreSnapshots(Collection<TopicPartition> partitions,
                                                           Map<TopicPartition, Long> ends) {
            Set<Integer> numbers = new TreeSet<>();
            partitions.forEach(partition -> numbers.add(partition.partition()));
            int partitionCount;
            try {
                partitionCount = partitionCount();
            } catch (RuntimeException e) {
                LOG.warnf("%s: no partition count to check snapshots against, replaying %s in full: %s", source,
                        numbers, e.toString());
                return Map.of();
            }
            return snapshots.restore(numbers, topics.keySet(), partitionCount, ends, () -> {
                try {
                    ownWrites().clear();
                    handler.onStateReset();
                } catch (RuntimeException e) {
                    throw fail("onStateReset failed", e);
                }
            });
        }

        @Override
        public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
            // The partitions may go to another instance: hand it a snapshot of everything folded (not mid-replay).
            if (snapshots != null && replay == null && !ownedPartitions.isEmpty()) {
                writeSnapshots(true);
            }
            // Eager (range) rebalancing revokes everything and assigns anew, so state is rebuilt from scratch.
            ownedPartitions = Set.of();
            replay = null;
            folded.clear();
            if (!partitions.isEmpty()) {
                try {
                    ownWrites().clear();
                    handler.onStateReset();
                } catch (RuntimeException e) {
                    throw fail("onStateReset failed", e);
                }
            }
        }
    }
}
