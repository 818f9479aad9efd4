package com.tradesuite.kafka.embedded;

import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Points a {@code @QuarkusTest} at the JVM's shared embedded broker.
 *
 * <p>Use with {@code @QuarkusTestResource(KafkaBrokerTestResource.class)}. The broker outlives the Quarkus
 * application so later test classes in the same JVM reuse it.
 */
public class KafkaBrokerTestResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        String bootstrap = SharedKafkaBroker.bootstrapServers();
        return Map.of(
                "kafka.bootstrap.servers", bootstrap,
                "quarkus.kafka.devservices.enabled", "false");
    }

    @Override
    public void stop() {
        // The shared broker stops with the JVM.
    }
}
