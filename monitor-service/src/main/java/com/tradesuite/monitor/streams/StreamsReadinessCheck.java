package com.tradesuite.monitor.streams;

import org.apache.kafka.streams.KafkaStreams;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** {@code report-stores} is UP once the streams are RUNNING and their stores have caught up with the log. */
@Readiness
@ApplicationScoped
public class StreamsReadinessCheck implements HealthCheck {

    @Inject
    KafkaStreams streams;

    @Inject
    StreamsProgress progress;

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("report-stores").status(progress.caughtUp(streams))
                .withData("state", progress.state().name())
                .withData("lagging", String.join(", ", progress.lagging(streams)))
                .build();
    }
}
