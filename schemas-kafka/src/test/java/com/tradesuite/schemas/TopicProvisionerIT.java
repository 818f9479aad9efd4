package com.tradesuite.schemas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.ConfigResource;

import com.tradesuite.kafka.embedded.EmbeddedKafkaBroker;
import com.tradesuite.kafka.embedded.KafkaBrokerExtension;
import com.tradesuite.schemas.event.MarketDataEvent;
import com.tradesuite.schemas.event.OrderEvent;
import com.tradesuite.schemas.topic.Topic;
import com.tradesuite.schemas.topic.TopicCatalog;
import com.tradesuite.schemas.topic.TopicLayoutException;
import com.tradesuite.schemas.topic.TopicProvisioner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(KafkaBrokerExtension.class)
class TopicProvisionerIT {

    @Test
    void createsMissingTopicsWithThePartitionCountAndRetentionOfTheCatalog(EmbeddedKafkaBroker broker)
            throws Exception {
        Topic<OrderEvent> log = new Topic<>(unique("orders"), OrderEvent.class, Map.of("retention.ms", "-1"));
        Topic<MarketDataEvent> data = new Topic<>(unique("market-data"), MarketDataEvent.class,
                Map.of("retention.ms", "604800000"));

        try (Admin admin = broker.admin()) {
            List<String> created = new TopicProvisioner(admin, 6, (short) 1, 30_000).ensureTopics(List.of(log, data));

            assertThat(created).containsExactlyInAnyOrder(log.name(), data.name());
            assertThat(admin.describeTopics(List.of(log.name())).allTopicNames().get()
                    .get(log.name()).partitions()).hasSize(6);
            assertThat(retentionOf(admin, log.name())).isEqualTo("-1");
            assertThat(retentionOf(admin, data.name())).isEqualTo("604800000");
        }
    }

    @Test
    void aSecondRunCreatesNothingAndAcceptsTheExistingLayout(EmbeddedKafkaBroker broker) {
        Topic<OrderEvent> log = new Topic<>(unique("orders"), OrderEvent.class, Map.of());
        try (Admin admin = broker.admin()) {
            TopicProvisioner provisioner = new TopicProvisioner(admin, 6, (short) 1, 30_000);
            provisioner.ensureTopics(List.of(log));

            assertThat(provisioner.ensureTopics(List.of(log))).isEmpty();
        }
    }

    @Test
    void refusesAnExistingTopicWhosePartitionCountBreaksCoPartitioning(EmbeddedKafkaBroker broker) throws Exception {
        Topic<OrderEvent> good = new Topic<>(unique("orders"), OrderEvent.class, Map.of());
        Topic<MarketDataEvent> bad = new Topic<>(unique("market-data"), MarketDataEvent.class, Map.of());
        try (Admin admin = broker.admin()) {
            admin.createTopics(List.of(new NewTopic(bad.name(), 3, (short) 1))).all().get();

            assertThatThrownBy(() -> new TopicProvisioner(admin, 6, (short) 1, 30_000)
                    .ensureTopics(List.of(good, bad)))
                    .isInstanceOf(TopicLayoutException.class)
                    .hasMessageContaining("topic '" + bad.name() + "' has 3 partitions but 6 are configured")
                    .hasMessageNotContaining("'" + good.name() + "'");
        }
    }

    @Test
    void theCatalogItselfProvisionsCleanly(EmbeddedKafkaBroker broker) throws Exception {
        try (Admin admin = broker.admin()) {
            new TopicProvisioner(admin, TopicCatalog.DEFAULT_PARTITIONS, (short) 1, 30_000)
                    .ensureTopics(TopicCatalog.provisioned());

            assertThat(new TopicProvisioner(admin, TopicCatalog.DEFAULT_PARTITIONS, (short) 1, 30_000)
                    .ensureTopics(TopicCatalog.provisioned())).isEmpty();
            assertThat(configOf(admin, TopicCatalog.SNAPSHOTS.name(), "cleanup.policy")).isEqualTo("compact");
        }
    }

    private static String retentionOf(Admin admin, String topic) throws Exception {
        return configOf(admin, topic, "retention.ms");
    }

    private static String configOf(Admin admin, String topic, String key) throws Exception {
        ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, topic);
        Config config = admin.describeConfigs(List.of(resource)).all().get().get(resource);
        return config.get(key).value();
    }

    private static String unique(String base) {
        return base + "-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
