package com.tradesuite.service.broker;

import java.time.Duration;

import com.tradesuite.broker.BrokerClient;
import com.tradesuite.broker.BrokerConfig;

import io.quarkus.arc.properties.IfBuildProperty;
import io.smallrye.config.Secret;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

/**
 * The service's one broker client, from {@link BrokerClientConfig} (APCA_API_KEY_ID, APCA_API_SECRET_KEY,
 * APCA_API_BASE_URL, ... in the environment); {@link BrokerConfig} validates, bad values stop startup naming the
 * variable, and secrets are never logged. Services that never call the broker build with tradesuite.broker.enabled=false.
 */
@IfBuildProperty(name = "tradesuite.broker.enabled", stringValue = "true", enableIfMissing = true)
public class BrokerClientProducer {

    @Inject
    BrokerClientConfig config;

    @Produces
    @Singleton
    BrokerClient brokerClient() {
        return BrokerClient.create(brokerConfig(config));
    }

    void close(@Disposes BrokerClient client) {
        client.close();
    }

    /** Unset keys keep the builder's defaults, so they are written once, in shared-broker-client. */
    static BrokerConfig brokerConfig(BrokerClientConfig config) {
        BrokerConfig.Builder b = BrokerConfig.builder()
                .keyId(config.keyId().map(String::strip).orElse(null))
                .secretKey(config.secretKey().map(Secret::get).map(String::strip).orElse(null))
                .baseUrl(config.baseUrl().orElse(null))
                .dataUrl(config.dataUrl().orElse(null))
                .streamUrl(config.streamUrl().orElse(null))
                .allowLiveTrading(config.allowLiveTrading().orElse(false));
        config.rateLimitPerMinute().ifPresent(b::rateLimitPerMinute);
        config.rateLimitShare().ifPresent(b::rateLimitShare);
        config.protectiveReserve().ifPresent(b::protectiveReserve);
        config.connectTimeoutMs().ifPresent(ms -> b.connectTimeout(Duration.ofMillis(ms)));
        config.readTimeoutMs().ifPresent(ms -> b.readTimeout(Duration.ofMillis(ms)));
        config.maxAttempts().ifPresent(b::maxAttempts);
        config.backoffBaseMs().ifPresent(ms -> b.backoffBase(Duration.ofMillis(ms)));
        config.backoffMaxMs().ifPresent(ms -> b.backoffMax(Duration.ofMillis(ms)));
        config.circuitFailures().ifPresent(b::circuitFailureThreshold);
        config.circuitOpenMs().ifPresent(ms -> b.circuitOpenDuration(Duration.ofMillis(ms)));
        return b.build();
    }
}
