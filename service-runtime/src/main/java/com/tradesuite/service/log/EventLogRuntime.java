package com.tradesuite.service.log;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.tradesuite.schemas.topic.Topic;
import com.tradesuite.schemas.topic.TopicCatalog;
import com.tradesuite.service.config.LogConfig;
import com.tradesuite.service.config.SnapshotConfig;
import com.tradesuite.service.snapshot.PartitionSnapshots;
import com.tradesuite.service.snapshot.SnapshotKeeper;
import com.tradesuite.service.snapshot.SnapshotSettings;
import com.tradesuite.service.snapshot.SnapshotStore;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

/**
 * Wires a service to the log: one durable publisher, and, for an {@link EventSourcedService}, the consumer that
 * replays its inputs on startup and then feeds it live events; a service that is also {@link PartitionSnapshots}
 * snapshots its state per partition and replays only the tail after its newest snapshot. Starts after topic
 * provisioning.
 */
@Singleton
public class EventLogRuntime {

    /** Provisioning runs at priority 10; the log starts after it. */
    static final int START_PRIORITY = 20;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @ConfigProperty(name = "quarkus.application.name")
    String serviceName;

    @Inject
    LogConfig log;

    @Inject
    SnapshotConfig snapshot;

    @Inject
    Instance<EventSourcedService> services;

    private EventPublisher publisher;
    private EventLogConsumer consumer;

    /** Also the {@link EventLog} port services append through: its own writes are recognised coming back. */
    @Produces
    @Singleton
    EventPublisher publisher() {
        return publisherInstance();
    }

    /** This instance's appends still awaited back from the log. */
    @Produces
    @Singleton
    OwnWrites ownWrites() {
        return publisherInstance().ownWrites();
    }

    private synchronized EventPublisher publisherInstance() {
        if (publisher == null) {
            publisher = new EventPublisher(bootstrapServers, serviceName + "-publisher", log.publishTimeout(),
                    new OwnWrites(() -> services.isResolvable()
                            ? services.get().inputs().stream().map(Topic::name).collect(Collectors.toSet())
                            : Set.of()));
        }
        return publisher;
    }

    void onStart(@Observes @Priority(START_PRIORITY) StartupEvent event) {
        if (services.isResolvable()) {
            EventSourcedService service = services.get();
            consumer = new EventLogConsumer(bootstrapServers, serviceName, serviceName, service.inputs(), service,
                    publisherInstance(), Clock.systemUTC(), log.sessionTimeout());
            SnapshotSettings snapshots = snapshot.settings();
            if (snapshots.enabled() && service instanceof PartitionSnapshots slices) {
                consumer.snapshotting(new SnapshotKeeper(serviceName, slices, new SnapshotStore(bootstrapServers,
                        serviceName, TopicCatalog.SNAPSHOTS.name()), snapshots, Clock.systemUTC()));
            }
            consumer.start();
        }
    }

    void onStop(@Observes ShutdownEvent event) {
        if (consumer != null) {
            consumer.close();
        }
        if (publisher != null) {
            publisher.close();
        }
    }

    /** True when the service's state is rebuilt from the log (always true for a service that folds nothing). */
    public boolean replayed() {
        return consumer == null ? services.isUnsatisfied() : consumer.ready();
    }

    /** The partitions this instance owns now (every input topic's partition of that number). */
    public Set<Integer> ownedPartitions() {
        return consumer == null ? Set.of() : consumer.ownedPartitions();
    }

    public long replayedEvents() {
        return consumer == null ? 0 : consumer.replayedEvents();
    }

    /** Per topic and partition, the offset of the last event the service has folded (sorted; empty if none). */
    public Map<String, Map<Integer, Long>> foldedOffsets() {
        return consumer == null ? Map.of() : consumer.foldedOffsets();
    }

    /** Events handed to the service since it started, history and live. */
    public long handledEvents() {
        return consumer == null ? 0 : consumer.handledEvents();
    }

    /** Names of the topics the service folds (empty for a service that folds nothing). */
    public List<String> inputs() {
        return services.isResolvable() ? services.get().inputs().stream().map(Topic::name).toList() : List.of();
    }

    /** Why the log consumer stopped, if it did: the service's state is no longer current. */
    public Optional<String> failure() {
        return consumer == null ? Optional.empty() : consumer.failure();
    }

    /** {@code quarkus.application.name}: the consumer group and the event source of this service. */
    public String serviceName() {
        return serviceName;
    }
}
