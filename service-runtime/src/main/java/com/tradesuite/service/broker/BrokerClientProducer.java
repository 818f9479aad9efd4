package com.tradesuite.service.broker;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.config.Config;

import com.tradesuite.broker.BrokerClient;
import com.tradesuite.broker.BrokerConfig;

import io.quarkus.arc.properties.IfBuildProperty;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

/**
 * The service's one broker client. Settings come from the environment (APCA_API_KEY_ID, APCA_API_SECRET_KEY,
 * APCA_API_BASE_URL, ...) or the same names in application.properties; bad values stop startup naming the key,
 * and secrets are never logged. Services that never call the broker build with tradesuite.broker.enabled=false.
 */
@IfBuildProperty(name = "tradesuite.broker.enabled", stringValue = "true", enableIfMissing = true)
public class BrokerClientProducer {

    private static final List<String> KEYS = List.of(BrokerConfig.KEY_ID, BrokerConfig.SECRET_KEY,
            BrokerConfig.BASE_URL, BrokerConfig.DATA_URL, BrokerConfig.STREAM_URL, BrokerConfig.ALLOW_LIVE,
            BrokerConfig.RATE_LIMIT, BrokerConfig.RATE_SHARE, BrokerConfig.PROTECTIVE_RESERVE, BrokerConfig.CONNECT_TIMEOUT,
            BrokerConfig.READ_TIMEOUT,
            BrokerConfig.MAX_ATTEMPTS, BrokerConfig.BACKOFF_BASE, BrokerConfig.BACKOFF_MAX,
            BrokerConfig.CIRCUIT_FAILURES, BrokerConfig.CIRCUIT_OPEN);

    @Inject
    Config config;

    @Produces
    @Singleton
    BrokerClient brokerClient() {
        Map<String, String> settings = new HashMap<>();
        for (String key : KEYS) {
            config.getOptionalValue(key, String.class).ifPresent(value -> settings.put(key, value));
        }
        return BrokerClient.create(BrokerConfig.fromEnvironment(settings));
    }

    void close(@Disposes BrokerClient client) {
        client.close();
    }
}
