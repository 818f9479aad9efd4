package com.tradesuite.service;

import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.eclipse.microprofile.config.Config;
import org.jboss.logging.Logger;

import com.tradesuite.schemas.topic.TopicCatalog;
import com.tradesuite.schemas.topic.TopicProvisioner;
import com.tradesuite.service.config.TopicsConfig;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * Startup step of every service: create the catalog's missing topics, and refuse to start if an existing topic's
 * partition count breaks co-partitioning.
 */
@ApplicationScoped
public class TopicProvisioningStartup {

    private static final Logger LOG = Logger.getLogger(TopicProvisioningStartup.class);
    static final String BOOTSTRAP_KEY = "kafka.bootstrap.servers";

    @Inject
    Config config;

    @Inject
    TopicsConfig settings;

    private volatile boolean provisioned;

    void onStart(@Observes @Priority(10) StartupEvent event) {
        String bootstrap = config.getOptionalValue(BOOTSTRAP_KEY, String.class)
                .filter(value -> !value.isBlank())
                .orElseThrow(() -> new InvalidConfigException(BOOTSTRAP_KEY, "is required (host:port of Kafka)"));
        try (Admin admin = Admin.create(Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, settings.provisioningTimeoutMillis()))) {
            List<String> created = new TopicProvisioner(admin, settings.partitions(), settings.replicationFactor(),
                    settings.provisioningTimeoutMillis()).ensureTopics(TopicCatalog.provisioned());
            LOG.infof("Topics ready on %s: %d partitions each, created %s", bootstrap, settings.partitions(),
                    created.isEmpty() ? "none" : created);
        }
        provisioned = true;
    }

    /** True once the catalog's topics were checked or created. */
    public boolean provisioned() {
        return provisioned;
    }
}
