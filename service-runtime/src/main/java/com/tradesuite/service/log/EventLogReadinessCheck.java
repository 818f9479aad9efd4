package com.tradesuite.service.log;

import java.util.stream.Collectors;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** A service is not ready to act before its state has been rebuilt from the log. */
@Readiness
@ApplicationScoped
public class EventLogReadinessCheck implements HealthCheck {

    @Inject
    EventLogRuntime runtime;

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("event-log-replay")
                .status(runtime.replayed())
                .withData("replayedEvents", runtime.replayedEvents())
                .withData("partitions", runtime.ownedPartitions().stream().sorted().map(String::valueOf)
                        .collect(Collectors.joining(",")))
                .build();
    }
}
