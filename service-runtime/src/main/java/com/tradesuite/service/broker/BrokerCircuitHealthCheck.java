package com.tradesuite.service.broker;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Liveness;

import com.tradesuite.broker.BrokerClient;
import com.tradesuite.broker.resilience.BrokerHealth;

import io.quarkus.arc.properties.IfBuildProperty;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Reports the broker circuit breaker: DOWN while it is open (the broker keeps failing), with the last error. */
@Liveness
@ApplicationScoped
@IfBuildProperty(name = "tradesuite.broker.enabled", stringValue = "true", enableIfMissing = true)
public class BrokerCircuitHealthCheck implements HealthCheck {

    @Inject
    BrokerClient client;

    @Override
    public HealthCheckResponse call() {
        BrokerHealth health = client.health();
        HealthCheckResponseBuilder builder = HealthCheckResponse.named("broker-circuit")
                .status(health.isUp())
                .withData("state", health.state().name())
                .withData("consecutiveFailures", health.consecutiveFailures());
        if (health.lastError() != null) {
            builder.withData("lastError", health.lastError());
        }
        return builder.build();
    }
}
