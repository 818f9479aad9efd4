package com.tradesuite.service;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** A service is not ready before the catalog's topics exist with the configured layout. */
@Readiness
@ApplicationScoped
public class TopicsReadinessCheck implements HealthCheck {

    @Inject
    TopicProvisioningStartup startup;

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("kafka-topics").status(startup.provisioned()).build();
    }
}
