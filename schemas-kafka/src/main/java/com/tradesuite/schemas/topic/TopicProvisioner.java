package com.tradesuite.schemas.topic;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;

/**
 * Startup step: creates the catalog's missing topics and refuses to continue if an existing topic's partition
 * count differs from the configured one, because that would break co-partitioning by symbol.
 */
public final class TopicProvisioner {

    private final Admin admin;
    private final int partitions;
    private final short replicationFactor;
    private final long timeoutMillis;

    public TopicProvisioner(Admin admin, int partitions, short replicationFactor, long timeoutMillis) {
        if (partitions < 1) {
            throw new IllegalArgumentException("partitions must be >= 1, was " + partitions);
        }
        if (replicationFactor < 1) {
            throw new IllegalArgumentException("replication factor must be >= 1, was " + replicationFactor);
        }
        this.admin = admin;
        this.partitions = partitions;
        this.replicationFactor = replicationFactor;
        this.timeoutMillis = timeoutMillis;
    }

    /**
     * Ensures every catalog topic exists with the configured partition count.
     *
     * @return the names of the topics this call created
     * @throws TopicLayoutException naming each topic whose partition count is wrong, or if Kafka cannot be reached
     */
    public List<String> ensureTopics(Collection<? extends TopicSpec> topics) {
        try {
            Set<String> existing = admin.listTopics().names().get(timeoutMillis, TimeUnit.MILLISECONDS);
            List<String> created = createMissing(topics, existing);
            verifyPartitionCounts(topics);
            return created;
        } catch (ExecutionException | TimeoutException e) {
            throw new TopicLayoutException("cannot check or create topics on Kafka: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TopicLayoutException("interrupted while provisioning topics", e);
        }
    }

    private List<String> createMissing(Collection<? extends TopicSpec> topics, Set<String> existing)
            throws InterruptedException, ExecutionException, TimeoutException {
        List<NewTopic> missing = topics.stream()
                .filter(topic -> !existing.contains(topic.name()))
                .map(topic -> new NewTopic(topic.name(), partitions, replicationFactor).configs(topic.configs()))
                .toList();
        List<String> created = new ArrayList<>();
        for (Map.Entry<String, org.apache.kafka.common.KafkaFuture<Void>> result
                : admin.createTopics(missing).values().entrySet()) {
            try {
                result.getValue().get(timeoutMillis, TimeUnit.MILLISECONDS);
                created.add(result.getKey());
            } catch (ExecutionException e) {
                // Another service created it at the same moment: fine, the partition check below still applies.
                if (!(e.getCause() instanceof TopicExistsException)) {
                    throw e;
                }
            }
        }
        return created;
    }

    /** Describes topics, retrying while freshly created ones have not reached the broker's metadata yet. */
    private Map<String, TopicDescription> describe(Set<String> names)
            throws InterruptedException, ExecutionException, TimeoutException {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMillis);
        while (true) {
            try {
                return admin.describeTopics(names).allTopicNames().get(timeoutMillis, TimeUnit.MILLISECONDS);
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof UnknownTopicOrPartitionException) || System.nanoTime() > deadline) {
                    throw e;
                }
                TimeUnit.MILLISECONDS.sleep(100);
            }
        }
    }

    private void verifyPartitionCounts(Collection<? extends TopicSpec> topics)
            throws InterruptedException, ExecutionException, TimeoutException {
        Set<String> names = topics.stream().map(TopicSpec::name).collect(Collectors.toCollection(TreeSet::new));
        Map<String, TopicDescription> descriptions = describe(names);
        List<String> problems = new ArrayList<>();
        for (String name : names) {
            int actual = descriptions.get(name).partitions().size();
            if (actual != partitions) {
                problems.add("topic '" + name + "' has " + actual + " partitions but " + partitions
                        + " are configured");
            }
        }
        if (!problems.isEmpty()) {
            throw new TopicLayoutException("Refusing to start: " + String.join("; ", problems)
                    + ". All symbol-keyed topics must have the same partition count so a symbol's events land in"
                    + " the same partition everywhere (co-partitioning). Set the configured partition count to"
                    + " match, or recreate the topics.");
        }
    }
}
