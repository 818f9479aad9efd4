package com.tradesuite.monitor.readmodel;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** {@code read-model} is DOWN while a replay's rows are uncommitted or the database is unwritable; UP when off. */
@Readiness
@ApplicationScoped
public class ReadModelReadinessCheck implements HealthCheck {

    @Inject
    ReadModel readModel;

    @Override
    public HealthCheckResponse call() {
        ReadModelStatus status = readModel.status();
        HealthCheckResponseBuilder response = HealthCheckResponse.named("read-model").status(status.ready())
                .withData("enabled", status.enabled())
                .withData("state", status.state())
                .withData("pendingRows", status.pendingRows());
        if (status.failingSince() != null) {
            response.withData("failingSince", status.failingSince().toString());
        }
        if (status.lastError() != null) {
            response.withData("lastError", status.lastError());
        }
        return response.build();
    }
}
