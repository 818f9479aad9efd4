package com.tradesuite.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.tradesuite.domain.TradingState;
import com.tradesuite.kafka.embedded.EmbeddedKafkaBroker;
import com.tradesuite.kafka.embedded.KafkaBrokerExtension;
import com.tradesuite.kafka.embedded.SharedKafkaBroker;
import com.tradesuite.schemas.topic.SymbolPartitioner;
import com.tradesuite.schemas.topic.Topic;
import com.tradesuite.schemas.topic.TopicCatalog;
import com.tradesuite.schemas.topic.TopicProvisioner;
import com.tradesuite.service.log.EventLogConsumer;
import com.tradesuite.service.log.EventPublisher;
import com.tradesuite.service.snapshot.PartitionSnapshots;
import com.tradesuite.service.snapshot.SnapshotCodec;
import com.tradesuite.service.snapshot.SnapshotHeader;
import com.tradesuite.service.snapshot.SnapshotKeeper;
import com.tradesuite.service.snapshot.SnapshotSettings;
import com.tradesuite.service.snapshot.SnapshotStore;

/**
 * On the real broker: a risk manager restarted over a long log restores its partitions from snapshots, replays only
 * the tail and ends in the state of a full replay; corrupt or other-version snapshots fall back to a full replay
 * with the same result; a second instance joining loads the snapshots of the partitions it is given.
 */
@ExtendWith(KafkaBrokerExtension.class)
class RiskSnapshotIT {

    private static final int PARTITIONS = TopicCatalog.DEFAULT_PARTITIONS;
    private static final List<String> SYMBOLS = List.of("AAPL", "MSFT", "TSLA", "NVDA", "AMD", "META", "QQQ",
            "AMZN", "GOOG", "NFLX", "IWM", "SPY");
    private static final List<Topic<?>> INPUTS = List.of(TopicCatalog.MARKET_DATA, TopicCatalog.ORDERS,
            TopicCatalog.FILLS, TopicCatalog.EXIT_SOURCE);
    /** Only the snapshots written after a replay and on revoke: the test decides where the tail starts. */
    private static final SnapshotSettings AFTER_REPLAY_ONLY = new SnapshotSettings(true, Long.MAX_VALUE,
            Duration.ofDays(1));
    private static final Duration READY = Duration.ofSeconds(90);

    private final String service = "risk-snapshot-it-" + UUID.randomUUID().toString().substring(0, 8);
    private final List<Instance> started = new ArrayList<>();
    private EventPublisher publisher;

    @BeforeAll
    static void provision(EmbeddedKafkaBroker broker) {
        try (Admin admin = broker.admin()) {
            new TopicProvisioner(admin, PARTITIONS, (short) 1, 30_000).ensureTopics(TopicCatalog.provisioned());
        }
    }

    @AfterEach
    void stop() {
        started.forEach(Instance::close);
        if (publisher != null) {
            publisher.close();
        }
    }

    @Test
    void aRestartOverALongLogRestoresFromSnapshotsAndReplaysOnlyTheTail() {
        // given a long history folded once, with its snapshots written after the replay
        long history;
        long tail;
        try (RoundTripLog log = new RoundTripLog(SharedKafkaBroker.bootstrapServers(), service)) {
            history = log.write(SYMBOLS, 0, 2_000, true);
            Instance first = start(service, AFTER_REPLAY_ONLY);
            awaitSnapshots(first, PARTITIONS);
            first.close();
            // when more is appended while it is down, and it starts again
            tail = log.write(SYMBOLS, 2_000, 2_050, false);
        }
        Instance restarted = start(service, AFTER_REPLAY_ONLY);

        // then every partition comes from its snapshot, only the tail is replayed, and the state is a full replay's
        assertThat(restarted.keeper.restored()).isEqualTo(PARTITIONS);
        assertThat(restarted.keeper.fullReplays()).isZero();
        assertThat(restarted.consumer.replayedEvents()).isEqualTo(tail);
        assertThat(history).isGreaterThan(30 * tail);
        Instance full = start("risk-full-" + UUID.randomUUID(), null);
        assertSameState(restarted.fold, full.fold, Set.of(0, 1, 2, 3, 4, 5));
        assertThat(restarted.consumer.foldedOffsets()).isEqualTo(full.consumer.foldedOffsets());
    }

    @Test
    void snapshotPlusTailIsTheFullReplayForRandomCutPoints() {
        // given snapshots cut at random points of one log (a group per cut), each written after its replay
        Random random = new Random(20261202L);
        List<Integer> cuts = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            cuts.add(1 + random.nextInt(200) + 200 * i);
        }
        try (RoundTripLog log = new RoundTripLog(SharedKafkaBroker.bootstrapServers(), service)) {
            int written = 0;
            for (int cut : cuts) {
                log.write(SYMBOLS, written, cut, random.nextBoolean());
                written = cut;
                Instance atCut = start(service + "-cut-" + cut, AFTER_REPLAY_ONLY);
                awaitSnapshots(atCut, PARTITIONS);
                atCut.close();
            }
            log.write(SYMBOLS, written, written + 100, true);
        }

        // when each restarts from its snapshots
        Instance full = start("risk-full-" + UUID.randomUUID(), null);
        for (int i = 0; i < cuts.size(); i++) {
            Instance restarted = start(service + "-cut-" + cuts.get(i), AFTER_REPLAY_ONLY);

            // then it replayed only what followed its cut and holds the full replay's state
            assertThat(restarted.keeper.restored()).as("cut at trip " + cuts.get(i)).isEqualTo(PARTITIONS);
            assertThat(restarted.consumer.replayedEvents()).isLessThan(full.consumer.replayedEvents());
            assertSameState(restarted.fold, full.fold, Set.of(0, 1, 2, 3, 4, 5));
        }
    }

    @Test
    void aSnapshotWrittenWhileLiveCoversExactlyWhatWasFolded() {
        try (RoundTripLog log = new RoundTripLog(SharedKafkaBroker.bootstrapServers(), service)) {
            log.write(SYMBOLS, 0, 200, true);
            // given an instance that snapshots after every batch of live events
            Instance live = start(service, new SnapshotSettings(true, 1, Duration.ofDays(1)));
            awaitSnapshots(live, PARTITIONS);
            long before = live.keeper.written();
            log.writePlacedEntries(SYMBOLS, 200, 260);
            String lastEvent = "order:S-" + service + "-" + SYMBOLS.get(259 % SYMBOLS.size()) + "-259:held";
            await().atMost(READY).until(() -> live.fold.state.isKnown(lastEvent) && live.keeper.written() > before);
            live.close();
        }

        // when it restarts, nothing is left to replay, and the state is the full replay's
        Instance restarted = start(service, AFTER_REPLAY_ONLY);
        assertThat(restarted.keeper.restored()).isEqualTo(PARTITIONS);
        assertThat(restarted.consumer.replayedEvents()).isZero();
        Instance full = start("risk-full-" + UUID.randomUUID(), null);
        assertSameState(restarted.fold, full.fold, Set.of(0, 1, 2, 3, 4, 5));
    }

    @Test
    void aCorruptOrOtherVersionSnapshotFallsBackToAFullReplayOfThatPartitionWithTheSameResult() throws Exception {
        try (RoundTripLog log = new RoundTripLog(SharedKafkaBroker.bootstrapServers(), service)) {
            log.write(SYMBOLS, 0, 300, true);
        }
        Instance first = start(service, AFTER_REPLAY_ONLY);
        awaitSnapshots(first, PARTITIONS);
        first.close();
        // given partition 0's snapshot with flipped bytes and partition 1's from another fold version
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, SharedKafkaBroker.bootstrapServers()),
                new StringSerializer(), new ByteArraySerializer())) {
            int version = first.fold.snapshots.foldVersion();
            byte[] corrupt = SnapshotCodec.encode(new SnapshotHeader(version, PARTITIONS, 0, Map.of()), "x");
            corrupt[corrupt.length - 12] ^= 0x10;
            producer.send(new ProducerRecord<>(TopicCatalog.SNAPSHOTS.name(), SnapshotHeader.key(service, 0),
                    corrupt)).get();
            producer.send(new ProducerRecord<>(TopicCatalog.SNAPSHOTS.name(), SnapshotHeader.key(service, 1),
                    SnapshotCodec.encode(new SnapshotHeader(version + 1, PARTITIONS, 1, Map.of()), "x"))).get();
        }

        Instance restarted = start(service, AFTER_REPLAY_ONLY);

        assertThat(restarted.keeper.fullReplays()).isEqualTo(2);
        assertThat(restarted.keeper.restored()).isEqualTo(PARTITIONS - 2);
        assertThat(restarted.consumer.replayedEvents()).isPositive();
        Instance full = start("risk-full-" + UUID.randomUUID(), null);
        assertSameState(restarted.fold, full.fold, Set.of(0, 1, 2, 3, 4, 5));
    }

    @Test
    void aSecondInstanceLoadsTheSnapshotsOfThePartitionsItIsGiven() {
        try (RoundTripLog log = new RoundTripLog(SharedKafkaBroker.bootstrapServers(), service)) {
            log.write(SYMBOLS, 0, 1_000, true);
        }
        Instance first = start(service, AFTER_REPLAY_ONLY);
        awaitSnapshots(first, PARTITIONS);

        // when a second instance joins the group, the partitions are split between the two
        Instance second = startWithoutWaiting(service, AFTER_REPLAY_ONLY);
        await().atMost(READY).until(() -> second.consumer.ready() && first.consumer.ready()
                && !second.fold.partitions().isEmpty() && !first.fold.partitions().isEmpty()
                && second.fold.partitions().size() + first.fold.partitions().size() == PARTITIONS);

        // then the newcomer restored every partition it got from a snapshot and replayed none of the history
        assertThat(second.keeper.restored()).isEqualTo(second.fold.partitions().size());
        assertThat(second.keeper.fullReplays()).isZero();
        assertThat(second.consumer.replayedEvents()).isZero();
        Instance full = start("risk-full-" + UUID.randomUUID(), null);
        assertSameState(second.fold, full.fold, second.fold.partitions());
        assertSameState(first.fold, full.fold, first.fold.partitions());
    }

    @Test
    void aSnapshotThatCannotBeWrittenIsCountedAndTheLoopGoesOn() {
        try (RoundTripLog log = new RoundTripLog(SharedKafkaBroker.bootstrapServers(), service)) {
            log.write(SYMBOLS, 0, 100, true);
            // given a fold whose slices cannot be serialised (a bug in a service's slice)
            RiskFoldUnderTest fold = new RiskFoldUnderTest(PARTITIONS);
            PartitionSnapshots broken = new PartitionSnapshots() {
                @Override
                public int foldVersion() {
                    return fold.snapshots.foldVersion();
                }

                @Override
                public Serializable slice(int partition) {
                    throw new IllegalStateException("slice of partition " + partition + " is broken");
                }

                @Override
                public void restore(int partition, Serializable slice) {
                    fold.snapshots.restore(partition, slice);
                }
            };
            Instance instance = start(service, fold, broken, new SnapshotSettings(true, 1, Duration.ofDays(1)));

            // when its snapshots fail after the replay and again while live events arrive
            await().atMost(READY).until(() -> instance.keeper.writeFailures() >= PARTITIONS);
            long tail = log.write(SYMBOLS, 100, 112, false);

            // then the loop is alive, still folding, and every failed write is counted
            String lastEvent = "order:T-" + service + "-" + SYMBOLS.get(111 % SYMBOLS.size()) + "-111:canceled";
            await().atMost(READY).until(() -> fold.state.isKnown(lastEvent));
            assertThat(tail).isPositive();
            assertThat(instance.consumer.failure()).isEmpty();
            assertThat(instance.consumer.ready()).isTrue();
            assertThat(instance.keeper.writeFailures()).isGreaterThan(PARTITIONS);
            assertThat(instance.keeper.written()).isZero();
        }
    }

    private static void assertSameState(RiskFoldUnderTest restored, RiskFoldUnderTest full, Set<Integer> partitions) {
        TradingState expected = full.state.trading().slice(symbol -> partitions.contains(
                SymbolPartitioner.partitionOf(symbol, PARTITIONS)));
        assertThat(restored.state.trading()).isEqualTo(expected);
        assertThat(expected.positions().openPositions()).isNotEmpty();
        assertThat(expected.orders().openOrders()).isNotEmpty();
        Map<String, Object> restoredPrices = new HashMap<>(restored.state.snapshot().lastPrices());
        Map<String, Object> fullPrices = new HashMap<>();
        full.state.snapshot().lastPrices().forEach((symbol, price) -> {
            if (partitions.contains(SymbolPartitioner.partitionOf(symbol, PARTITIONS))) {
                fullPrices.put(symbol, price);
            }
        });
        assertThat(restoredPrices).isEqualTo(fullPrices);
        assertThat(restored.attributor.pendingCount()).isEqualTo(0);
    }

    private void awaitSnapshots(Instance instance, int count) {
        await().atMost(READY).until(() -> instance.keeper.written() >= count);
    }

    private Instance start(String group, SnapshotSettings snapshots) {
        Instance instance = startWithoutWaiting(group, snapshots);
        await().atMost(READY).until(instance.consumer::ready);
        return instance;
    }

    private Instance start(String group, RiskFoldUnderTest fold, PartitionSnapshots slices,
                           SnapshotSettings snapshots) {
        Instance instance = startWithoutWaiting(group, fold, slices, snapshots);
        await().atMost(READY).until(instance.consumer::ready);
        return instance;
    }

    private Instance startWithoutWaiting(String group, SnapshotSettings snapshots) {
        RiskFoldUnderTest fold = new RiskFoldUnderTest(PARTITIONS);
        return startWithoutWaiting(group, fold, fold.snapshots, snapshots);
    }

    private Instance startWithoutWaiting(String group, RiskFoldUnderTest fold, PartitionSnapshots slices,
                                         SnapshotSettings snapshots) {
        if (publisher == null) {
            publisher = new EventPublisher(SharedKafkaBroker.bootstrapServers(), service + "-publisher",
                    Duration.ofSeconds(10));
        }
        EventLogConsumer consumer = new EventLogConsumer(SharedKafkaBroker.bootstrapServers(), group, group, INPUTS,
                fold, publisher, Clock.systemUTC(), Duration.ofSeconds(10));
        SnapshotKeeper keeper = null;
        if (snapshots != null) {
            keeper = new SnapshotKeeper(group, slices, new SnapshotStore(SharedKafkaBroker.bootstrapServers(), group,
                    TopicCatalog.SNAPSHOTS.name()), snapshots, Clock.systemUTC());
            consumer.snapshotting(keeper);
        }
        consumer.start();
        Instance instance = new Instance(fold, consumer, keeper);
        started.add(instance);
        return instance;
    }

    private record Instance(RiskFoldUnderTest fold, EventLogConsumer consumer, SnapshotKeeper keeper)
            implements AutoCloseable {
        @Override
        public void close() {
            consumer.close();
        }
    }
}
