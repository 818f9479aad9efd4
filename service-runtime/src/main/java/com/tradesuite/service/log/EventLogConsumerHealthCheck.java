package com.tradesuite.service.log;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Liveness;
import org.eclipse.microprofile.health.Readiness;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** A service whose log consumer has stopped is neither live nor ready: its state no longer follows the log. */
@Liveness
@Readiness
@ApplicationScoped
public class EventLogConsumerHealthCheck implements HealthCheck {

    static final String NAME = "event-log-consumer";

    @Inject
    EventLogRuntime runtime;

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named(NAME).up();
        runtime.failure().ifPresent(failure -> response.down().withData("failure", failure));
        return response.build();
    }
}
