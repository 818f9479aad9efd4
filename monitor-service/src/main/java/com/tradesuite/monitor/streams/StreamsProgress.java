package com.tradesuite.monitor.streams;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListOffsetsOptions;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.TaskMetadata;
import org.apache.kafka.streams.ThreadMetadata;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * How far the streams are: {@link #upToDate} when every input partition of this instance's tasks is processed and
 * committed up to its end now (the broker's committed end, so transaction markers count as read); {@link #caughtUp}
 * once that was seen since the streams last became RUNNING (startup or a rebalance), held until they leave RUNNING so
 * live traffic does not flicker readiness.
 */
@ApplicationScoped
public class StreamsProgress implements KafkaStreams.StateListener {

    private static final Logger LOG = Logger.getLogger(StreamsProgress.class);

    @ConfigProperty(name = "quarkus.kafka-streams.bootstrap-servers")
    String bootstrapServers;

    private volatile KafkaStreams.State state = KafkaStreams.State.CREATED;
    private volatile boolean caughtUp;
    private Admin admin;

    @Override
    public void onChange(KafkaStreams.State newState, KafkaStreams.State oldState) {
        state = newState;
        if (newState != KafkaStreams.State.RUNNING) {
            caughtUp = false;
        }
        LOG.infof("monitor streams %s -> %s", oldState, newState);
    }

    public KafkaStreams.State state() {
        return state;
    }

    /** True once the running streams have caught up with the log (checked now if not yet). */
    public boolean caughtUp(KafkaStreams streams) {
        if (!caughtUp && upToDate(streams)) {
            caughtUp = state == KafkaStreams.State.RUNNING;
        }
        return caughtUp;
    }

    /** True while the running streams have processed everything on their input partitions (checked now). */
    public boolean upToDate(KafkaStreams streams) {
        return state == KafkaStreams.State.RUNNING && lagging(streams).isEmpty();
    }

    /** This instance's input partitions not yet processed to their end, as "topic-partition committed/end". */
    public List<String> lagging(KafkaStreams streams) {
        Map<TopicPartition, Long> committed = new HashMap<>();
        for (ThreadMetadata thread : streams.metadataForLocalThreads()) {
            for (TaskMetadata task : thread.activeTasks()) {
                task.topicPartitions().forEach(partition ->
                        committed.put(partition, Math.max(0, task.committedOffsets().getOrDefault(partition, 0L))));
            }
        }
        if (committed.isEmpty()) {
            return List.of();
        }
        Map<TopicPartition, Long> ends;
        try {
            ends = ends(committed);
        } catch (ExecutionException | TimeoutException e) {
            return List.of("end offsets unknown: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return List.of("interrupted");
        }
        List<String> lagging = new ArrayList<>();
        committed.forEach((partition, done) -> {
            long end = ends.getOrDefault(partition, Long.MAX_VALUE);
            if (done < end) {
                lagging.add(partition + " " + done + "/" + end);
            }
        });
        return lagging;
    }

    private synchronized Map<TopicPartition, Long> ends(Map<TopicPartition, Long> partitions)
            throws ExecutionException, InterruptedException, TimeoutException {
        if (admin == null) {
            admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers));
        }
        Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
        partitions.keySet().forEach(partition -> latest.put(partition, OffsetSpec.latest()));
        Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> infos = admin
                .listOffsets(latest, new ListOffsetsOptions(IsolationLevel.READ_COMMITTED)).all()
                .get(5, TimeUnit.SECONDS);
        Map<TopicPartition, Long> ends = new HashMap<>();
        infos.forEach((partition, info) -> ends.put(partition, info.offset()));
        return ends;
    }

    @PreDestroy
    synchronized void close() {
        if (admin != null) {
            admin.close();
        }
    }
}
